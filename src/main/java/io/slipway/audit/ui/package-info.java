/** The audit log page of a team admin: a lazy grid, filterable by member and action. */
package io.slipway.audit.ui;
