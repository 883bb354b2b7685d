package io.slipway.storage;

/** A volume was refused; nothing was created or attached. The message names what to change. */
public class VolumeRejected extends RuntimeException {

    private final VolumeField field;

    public VolumeRejected(VolumeField field, String message) {
        super(message);
        this.field = field;
    }

    public VolumeField field() {
        return field;
    }
}
