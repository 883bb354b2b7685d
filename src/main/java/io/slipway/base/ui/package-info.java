/** The main layout, the application shell and the UI pieces that feature views reuse. */
@org.springframework.modulith.NamedInterface("ui")
package io.slipway.base.ui;
