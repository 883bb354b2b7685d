package io.slipway.team;

/** What the sign-up form asks for: the new team's name, and the user name and password of its first admin. */
public class SignUpRequest {

    private String teamName = "";
    private String username = "";
    private String password = "";
    private String passwordRepeat = "";

    public String getTeamName() {
        return teamName;
    }

    public void setTeamName(String teamName) {
        this.teamName = teamName;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getPasswordRepeat() {
        return passwordRepeat;
    }

    public void setPasswordRepeat(String passwordRepeat) {
        this.passwordRepeat = passwordRepeat;
    }

    @Override
    public String toString() {
        return "SignUpRequest[" + teamName + ", " + username + "]";
    }
}
