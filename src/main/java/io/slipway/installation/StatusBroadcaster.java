package io.slipway.installation;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;

/**
 * Tells the open pages of a team that one of its apps changed status. Pages subscribe while attached and
 * must unsubscribe on detach, or they leak.
 */
@Component
public class StatusBroadcaster {

    private final Map<UUID, Set<Consumer<InstallationStatusChanged>>> listenersByTeam = new ConcurrentHashMap<>();

    public Runnable subscribe(UUID teamId, Consumer<InstallationStatusChanged> listener) {
        listenersByTeam
                .computeIfAbsent(teamId, id -> ConcurrentHashMap.newKeySet())
                .add(listener);
        return () -> listenersByTeam.computeIfPresent(teamId, (id, listeners) -> {
            listeners.remove(listener);
            return listeners.isEmpty() ? null : listeners;
        });
    }

    void publish(InstallationStatusChanged event) {
        listenersByTeam.getOrDefault(event.teamId(), Set.of()).forEach(listener -> listener.accept(event));
    }
}
