package io.slipway.installation;

/** A member tried to change a colleague's app: only its owner or a team admin may. Nothing was changed. */
public class AppActionRefused extends RuntimeException {

    public AppActionRefused() {
        super("Only the app's owner or a team admin can change it");
    }
}
