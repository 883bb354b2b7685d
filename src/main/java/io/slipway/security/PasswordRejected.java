package io.slipway.security;

/** A password change was refused; nothing changed. */
public class PasswordRejected extends RuntimeException {

    private final boolean currentPasswordWrong;

    PasswordRejected(String message, boolean currentPasswordWrong) {
        super(message);
        this.currentPasswordWrong = currentPasswordWrong;
    }

    /** Whether the message belongs to the current-password field rather than to the new password. */
    public boolean currentPasswordWrong() {
        return currentPasswordWrong;
    }
}
