package io.slipway.storage;

/** No such volume for this caller: the same answer for unknown ids, another team's and another member's. */
public class VolumeNotFound extends RuntimeException {

    public VolumeNotFound() {
        super("You have no such retained volume");
    }
}
