/** The install form and My Apps. */
package io.slipway.installation.ui;
