/** The platform admin's page of plans, and the dialog that adds and changes one. */
package io.slipway.plan.ui;
