package io.slipway.deployer;

import io.slipway.help.Faq;
import io.slipway.installation.InstallationStatus;

/** An app's status as the cluster shows it, with a reason in plain words that says what to do. */
record ObservedStatus(InstallationStatus status, String reason) {

    /** The installation's {@code status_reason} column holds at most this many characters. */
    static final int MAX_REASON = 500;

    static final ObservedStatus WAITING_FOR_CLUSTER = new ObservedStatus(
            InstallationStatus.WAITING_FOR_CLUSTER,
            "Waiting for the cluster: it cannot be reached right now; Slipway keeps trying");

    ObservedStatus {
        if (reason.length() > MAX_REASON) {
            reason = reason.substring(0, MAX_REASON - 1) + "…";
        }
    }

    static ObservedStatus failed(String reason, Faq faq) {
        return new ObservedStatus(InstallationStatus.FAILED, withFaq(reason, faq));
    }

    static ObservedStatus pending(String reason, Faq faq) {
        return new ObservedStatus(InstallationStatus.PENDING, withFaq(reason, faq));
    }

    /** Appends the FAQ entry that explains a reason, so that the whole text still fits the column. */
    static String withFaq(String reason, Faq faq) {
        if (faq == null) {
            return reason;
        }
        String link = " See the FAQ: " + faq.question() + " (" + faq.href() + ")";
        int room = MAX_REASON - link.length();
        String text = reason.length() > room ? reason.substring(0, room - 1) + "…" : reason;
        return text + link;
    }
}
