/** The Billing page: the team's plan, the plans side by side with upgrade and downgrade, and the statement. */
package io.slipway.billing.ui;
