package io.slipway.deployer.embedded;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The logs the simulated kubelet writes for its pods, as {@code GET .../pods/<pod>/log} answers them: the current
 * container's (the newest {@value #KEPT} lines) or the previous one's, optionally only the last lines.
 */
final class PodLogs {

    static final int KEPT = 1000;
    private static final Pattern TAIL = Pattern.compile("(?:^|&)tailLines=(\\d+)");

    private final Map<String, Deque<String>> current = new ConcurrentHashMap<>();
    private final Map<String, String> previous = new ConcurrentHashMap<>();

    void put(String namespace, String pod, boolean ofPrevious, String log) {
        if (ofPrevious) {
            previous.put(key(namespace, pod), log);
            return;
        }
        Deque<String> lines = new ArrayDeque<>(log.lines().toList());
        current.put(key(namespace, pod), lines);
    }

    void append(String namespace, String pod, String line) {
        Deque<String> lines = current.computeIfAbsent(key(namespace, pod), ignored -> new ArrayDeque<>());
        synchronized (lines) {
            lines.addLast(line);
            while (lines.size() > KEPT) {
                lines.removeFirst();
            }
        }
    }

    void forget(String namespace, String pod) {
        current.remove(key(namespace, pod));
        previous.remove(key(namespace, pod));
    }

    String read(String namespace, String pod, String parameters) {
        if (parameters.contains("previous=true")) {
            return previous.getOrDefault(key(namespace, pod), "");
        }
        Deque<String> lines = current.get(key(namespace, pod));
        if (lines == null) {
            return "";
        }
        List<String> copy;
        synchronized (lines) {
            copy = List.copyOf(lines);
        }
        Matcher tail = TAIL.matcher(parameters);
        if (tail.find()) {
            int count = (int) Math.min(Long.parseLong(tail.group(1)), copy.size());
            copy = copy.subList(copy.size() - count, copy.size());
        }
        return copy.isEmpty() ? "" : String.join("\n", copy) + "\n";
    }

    private static String key(String namespace, String pod) {
        return namespace + "/" + pod;
    }
}
