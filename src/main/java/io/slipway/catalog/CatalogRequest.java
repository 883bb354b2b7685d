package io.slipway.catalog;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A catalog entry as the admin form holds it: text as typed, checked by {@link CatalogInput} in the form and again by
 * {@link CatalogAdmin}. Tags are comma-separated, default first; env hints one per line as
 * {@code NAME | description | example}.
 */
public class CatalogRequest {

    private String id = "";
    private String name = "";
    private String description = "";
    private String category = "";
    private String image = "";
    private String tags = "latest";
    private String port = "";
    private Protocol protocol = Protocol.HTTP;
    private String dataMountPath = "";
    private String healthPath = "";
    private String docsUrl = "";
    private String runAsUser = "";
    private String envHints = "";

    /** The form for an existing entry; its id can no longer change. */
    public static CatalogRequest of(CatalogItem item) {
        CatalogRequest request = new CatalogRequest();
        request.id = item.id();
        request.name = item.name();
        request.description = item.description();
        request.category = item.category();
        request.image = item.image();
        request.tags = String.join(", ", item.tags());
        request.port = String.valueOf(item.port());
        request.protocol = item.protocol();
        request.dataMountPath = nullToEmpty(item.dataMountPath());
        request.healthPath = nullToEmpty(item.healthPath());
        request.docsUrl = item.docsUrl();
        request.runAsUser = item.runAsUser() == null ? "" : String.valueOf(item.runAsUser());
        request.envHints = hintLines(item.envHints());
        return request;
    }

    private static String hintLines(List<EnvHint> hints) {
        return hints.stream()
                .map(hint -> hint.name() + " | " + hint.description()
                        + (hint.example() == null ? "" : " | " + hint.example()))
                .collect(Collectors.joining("\n"));
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getImage() {
        return image;
    }

    public void setImage(String image) {
        this.image = image;
    }

    public String getTags() {
        return tags;
    }

    public void setTags(String tags) {
        this.tags = tags;
    }

    public String getPort() {
        return port;
    }

    public void setPort(String port) {
        this.port = port;
    }

    public Protocol getProtocol() {
        return protocol;
    }

    public void setProtocol(Protocol protocol) {
        this.protocol = protocol;
    }

    public String getDataMountPath() {
        return dataMountPath;
    }

    public void setDataMountPath(String dataMountPath) {
        this.dataMountPath = dataMountPath;
    }

    public String getHealthPath() {
        return healthPath;
    }

    public void setHealthPath(String healthPath) {
        this.healthPath = healthPath;
    }

    public String getDocsUrl() {
        return docsUrl;
    }

    public void setDocsUrl(String docsUrl) {
        this.docsUrl = docsUrl;
    }

    public String getRunAsUser() {
        return runAsUser;
    }

    public void setRunAsUser(String runAsUser) {
        this.runAsUser = runAsUser;
    }

    public String getEnvHints() {
        return envHints;
    }

    public void setEnvHints(String envHints) {
        this.envHints = envHints;
    }
}
