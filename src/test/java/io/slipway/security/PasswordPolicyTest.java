package io.slipway.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void acceptsALongPasswordUnrelatedToTheUserName() {
        assertThat(PasswordPolicy.check("dora", "correct horse battery")).isEmpty();
    }

    @Test
    void refusesShortPasswordsAndTheUserName() {
        assertThat(PasswordPolicy.check("dora", "short")).contains("Use at least 10 characters");
        assertThat(PasswordPolicy.check("dora-explorer", "dora-explorer")).isPresent();
        assertThat(PasswordPolicy.check("dora", "Dora1234567")).contains("The password must not contain the user name");
    }

    @Test
    void refusesPasswordsEveryoneGuessesAndOnesBcryptWouldCut() {
        assertThat(PasswordPolicy.check("dora", "1234567890")).isPresent();
        assertThat(PasswordPolicy.check("dora", "aaaaaaaaaaaa")).isPresent();
        assertThat(PasswordPolicy.check("dora", "x".repeat(65))).contains("Use at most 64 characters");
        assertThat(PasswordPolicy.check("dora", "ü".repeat(40)))
                .hasValueSatisfying(m -> assertThat(m).contains("fewer characters"));
    }

    @Test
    void refusesUserNamesThatAreNotPlainLowercase() {
        assertThat(UsernamePolicy.check("dora.explorer_2")).isEmpty();
        assertThat(UsernamePolicy.check("")).contains("Enter a user name");
        assertThat(UsernamePolicy.check("Dora")).isPresent();
        assertThat(UsernamePolicy.check("do")).isPresent();
        assertThat(UsernamePolicy.check("d".repeat(41))).contains("Use at most 40 characters");
        assertThat(UsernamePolicy.check("dora explorer")).isPresent();
    }
}
