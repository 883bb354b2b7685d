package io.slipway.help;

/** The FAQ entries that error messages and forms link to. */
public enum Faq {
    IMAGE("image", "Which image does Slipway run for Lightstreamer?"),
    OWN_IMAGE("own-image", "Can I deploy my own image?"),
    PERSISTENCE("persistence", "Does my app's data persist?"),
    ALLOCATION("allocation", "How is an app's share of resources worked out?");

    private final String anchor;
    private final String question;

    Faq(String anchor, String question) {
        this.anchor = anchor;
        this.question = question;
    }

    public String anchor() {
        return anchor;
    }

    public String question() {
        return question;
    }

    /** The address of this entry on the help page. */
    public String href() {
        return "help#" + anchor;
    }
}
