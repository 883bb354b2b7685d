package io.slipway.installation;

/** The app does not exist, or belongs to another team: the same answer for both. */
public class AppNotFound extends RuntimeException {

    public AppNotFound() {
        super("Your team has no such app");
    }
}
