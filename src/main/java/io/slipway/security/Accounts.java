package io.slipway.security;

import java.util.Optional;
import java.util.UUID;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates and finds user accounts; passwords are stored only as adaptive hashes. */
@Service
public class Accounts {

    private final UserAccountRepository repository;
    private final PasswordEncoder passwordEncoder;

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

    @Transactional(readOnly = true)
    public Optional<UUID> idOf(String username) {
        return repository.findByUsername(username).map(UserAccount::getId);
    }

    @Transactional(readOnly = true)
    public Optional<String> usernameOf(UUID id) {
        return repository.findById(id).map(UserAccount::getUsername);
    }
}
