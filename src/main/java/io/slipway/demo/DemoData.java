package io.slipway.demo;

import io.slipway.plan.Allocation;
import io.slipway.security.Accounts;
import io.slipway.team.AllocationRequest;
import io.slipway.team.Allocations;
import io.slipway.team.TeamMembers;
import io.slipway.team.Teams;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Creates the demo teams and users once; each password equals the user name. */
@Component
@Order(10)
@ConditionalOnProperty(name = "slipway.demo.enabled", havingValue = "true")
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final Accounts accounts;
    private final Teams teams;
    private final TeamMembers members;
    private final Allocations allocations;
    private final Environment environment;

    DemoData(Accounts accounts, Teams teams, TeamMembers members, Allocations allocations, Environment environment) {
        this.accounts = accounts;
        this.teams = teams;
        this.members = members;
        this.allocations = allocations;
        this.environment = environment;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (environment.acceptsProfiles(Profiles.of("prod"))) {
            throw new IllegalStateException("Demo users with known passwords are refused under the prod profile; "
                    + "set slipway.demo.enabled=false");
        }
        if (accounts.idOf("alice").isPresent()) {
            return;
        }
        accounts.create("admin", "admin", true);

        UUID alice = accounts.create("alice", "alice", false);
        teams.create("Acme", "acme", "premium", alice);
        allocations.allocate(alice, alice, new Allocation(4000, 8192, 40));
        accounts.create("bob", "bob", false);
        members.addExisting(alice, "bob", AllocationRequest.of(new Allocation(2000, 4096, 20)));

        UUID carol = accounts.create("carol", "carol", false);
        teams.create("Globex", "globex", "free", carol);
        log.info("Created demo teams acme and globex; log in as alice, bob, carol or admin (password = user name)");
    }
}
