package io.slipway.security;

import java.security.SecureRandom;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates and finds user accounts; passwords are stored only as adaptive hashes. */
@Service
public class Accounts {

    private static final Logger log = LoggerFactory.getLogger(Accounts.class);
    /** No 0/O, 1/l/I: the password is read off a screen and typed in. */
    private static final String ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private static final int ONE_TIME_LENGTH = 16;

    private final UserAccountRepository repository;
    private final PasswordEncoder passwordEncoder;
    private final SecureRandom random = new SecureRandom();

    Accounts(UserAccountRepository repository, PasswordEncoder passwordEncoder) {
        this.repository = repository;
        this.passwordEncoder = passwordEncoder;
    }

    @Transactional
    public UUID create(String username, String rawPassword, boolean platformAdmin) {
        if (repository.existsByUsername(username)) {
            throw new IllegalArgumentException("The user name " + username + " is taken");
        }
        UserAccount account = new UserAccount(username, passwordEncoder.encode(rawPassword), platformAdmin);
        return repository.save(account).getId();
    }

    /** Creates an account with a random password that must be replaced at the first login. */
    @Transactional
    public OneTimePassword createWithOneTimePassword(String username) {
        UsernamePolicy.check(username).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
        String password = randomPassword();
        UUID id = create(username, password, false);
        repository.findById(id).orElseThrow().expirePassword();
        log.info("Created account {} with a one-time password", username);
        return new OneTimePassword(id, username, password);
    }

    /**
     * Replaces a password after checking the current one and the policy.
     *
     * @throws PasswordRejected when the current password is wrong or the new one breaks the policy
     */
    @Transactional
    public void changePassword(UUID userId, String currentPassword, String newPassword) {
        UserAccount account = repository.findById(userId).orElseThrow();
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
            throw new PasswordRejected("This is not your current password", true);
        }
        PasswordPolicy.check(account.getUsername(), newPassword).ifPresent(problem -> {
            throw new PasswordRejected(problem, false);
        });
        if (newPassword.equals(currentPassword)) {
            throw new PasswordRejected("Choose a password different from the current one", false);
        }
        account.changePassword(passwordEncoder.encode(newPassword));
        log.info("Changed the password of {}", account.getUsername());
    }

    /** Whether the user still has a one-time password that they must replace before doing anything else. */
    @Transactional(readOnly = true)
    public boolean mustChangePassword(UUID userId) {
        return repository.findById(userId).map(UserAccount::isPasswordExpired).orElse(false);
    }

    @Transactional(readOnly = true)
    public Optional<UUID> idOf(String username) {
        return repository.findByUsername(username).map(UserAccount::getId);
    }

    @Transactional(readOnly = true)
    public Optional<Account> byUsername(String username) {
        return repository.findByUsername(username).map(Accounts::account);
    }

    /** Whether the account exists and may manage the catalog and the plans. */
    @Transactional(readOnly = true)
    public boolean isPlatformAdmin(UUID id) {
        return repository.findById(id).map(UserAccount::isPlatformAdmin).orElse(false);
    }

    @Transactional(readOnly = true)
    public Optional<String> usernameOf(UUID id) {
        return repository.findById(id).map(UserAccount::getUsername);
    }

    private String randomPassword() {
        StringBuilder password = new StringBuilder(ONE_TIME_LENGTH);
        for (int i = 0; i < ONE_TIME_LENGTH; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }

    private static Account account(UserAccount account) {
        return new Account(account.getId(), account.getUsername(), account.isPlatformAdmin());
    }
}
