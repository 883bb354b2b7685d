package io.slipway.installation;

/**
 * Which apps My Apps lists.
 *
 * @param wholeTeam the whole team's apps instead of the viewer's own
 * @param name part of the app's name, any case; empty or null for all
 * @param status only apps in this status; null for all
 */
public record AppFilter(boolean wholeTeam, String name, InstallationStatus status) {

    public static AppFilter own() {
        return new AppFilter(false, "", null);
    }
}
