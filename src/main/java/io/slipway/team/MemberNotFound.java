package io.slipway.team;

import java.util.NoSuchElementException;

/**
 * There is no such member in the caller's team. The same answer whether the id is unknown or belongs to another
 * team, so that nobody learns about other teams' members.
 */
public class MemberNotFound extends NoSuchElementException {

    public static final String MESSAGE = "There is no such member in your team";

    public MemberNotFound() {
        super(MESSAGE);
    }
}
