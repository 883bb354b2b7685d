package io.slipway.catalog;

/** How an app is reached: HTTP apps get a hostname through an Ingress, TCP apps a Service port. */
public enum Protocol {
    HTTP,
    TCP
}
