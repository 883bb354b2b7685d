package io.slipway.team;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TeamSlugTest {

    @Test
    void derivesADnsLabelFromTheTeamName() {
        assertThat(TeamSlug.from("Acme Rockets")).isEqualTo("acme-rockets");
        assertThat(TeamSlug.from("  Café Ünited!! ")).isEqualTo("cafe-united");
        assertThat(TeamSlug.from("Straße 42")).isEqualTo("strasse-42");
        assertThat(TeamSlug.from("The Very Long Team Name Of Doom")).isEqualTo("the-very-long-team-nam");
        assertThat(TeamSlug.from("abcdefghijklmnopqrstu-vwxyz")).isEqualTo("abcdefghijklmnopqrstu");
    }

    @Test
    void keepsEveryDerivedSlugValid() {
        for (String name : new String[] {"A", "a--b", "--x--", "9 lives", "Ω Team 7", "x".repeat(63)}) {
            assertThat(TeamSlug.isValid(TeamSlug.from(name))).as(name).isTrue();
        }
    }

    @Test
    void refusesEmptyOverlongAndSymbolOnlyNames() {
        assertThat(TeamSlug.checkName("")).contains("Enter a team name");
        assertThat(TeamSlug.checkName("   ")).contains("Enter a team name");
        assertThat(TeamSlug.checkName("a".repeat(64))).contains("Use at most 63 characters");
        assertThat(TeamSlug.checkName("!!! ***"))
                .hasValueSatisfying(m -> assertThat(m).contains("letter"));
        assertThat(TeamSlug.checkName("東京")).isPresent();
        assertThat(TeamSlug.checkName("a".repeat(63))).isEmpty();
    }
}
