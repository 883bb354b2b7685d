package io.slipway.installation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EnvPasteTest {

    @Test
    void readsKeyValueLinesAndKeepsEqualsSignsInValues() {
        assertThat(EnvPaste.parse("# comment\nAPI_URL=https://x.test/?a=b\n\nEMPTY=\n"))
                .containsExactly(new EnvVar("API_URL", "https://x.test/?a=b"), new EnvVar("EMPTY", ""));
    }

    @Test
    void namesTheLineWithoutEqualsSign() {
        assertThatThrownBy(() -> EnvPaste.parse("A=1\nJUSTAKEY"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Line 2 has no '='");
    }

    @Test
    void masksValuesWhenPrinted() {
        assertThat(new EnvVar("PASSWORD", "hunter2").toString()).doesNotContain("hunter2");
    }
}
