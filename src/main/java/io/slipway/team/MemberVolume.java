package io.slipway.team;

/**
 * One persistent volume of a member, as the team module needs to know it: storage allocations may not shrink
 * below what volumes use, and a team with volumes cannot move to a plan without them.
 *
 * @param appName the app it is attached to, or the app it came from when retained
 */
public record MemberVolume(String appName, String type, int sizeGib, boolean retained) {

    /** "the volume of shop (10 GiB Standard, retained)". */
    public String describe() {
        return "the volume of " + appName + " (" + sizeGib + " GiB " + type + (retained ? ", retained" : "") + ")";
    }
}
