/** Sign-up, the Team page with its members grid, and the dialogs to add members and change allocations. */
package io.slipway.team.ui;
