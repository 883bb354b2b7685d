package io.slipway.catalog;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

@Entity
@Table(name = "catalog_entry")
class CatalogEntry {

    @Id
    private String id;

    private String name;
    private String description;
    private String category;
    private String image;
    private int port;

    @Enumerated(EnumType.STRING)
    private Protocol protocol;

    @Column(name = "data_mount_path")
    private String dataMountPath;

    @Column(name = "health_path")
    private String healthPath;

    @Column(name = "docs_url")
    private String docsUrl;

    private String logo;

    @Column(name = "run_as_user")
    private Integer runAsUser;

    @Column(name = "relative_command")
    private boolean relativeCommand;

    private String command;

    private boolean hidden;
    private int position;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "catalog_tag", joinColumns = @JoinColumn(name = "entry_id"))
    @OrderColumn(name = "position")
    @Column(name = "tag")
    private List<String> tags = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "catalog_env_hint", joinColumns = @JoinColumn(name = "entry_id"))
    @OrderColumn(name = "position")
    private List<EnvHint> envHints = new ArrayList<>();

    protected CatalogEntry() {}

    CatalogEntry(CatalogItem item, int position) {
        this.id = item.id();
        this.name = item.name();
        this.description = item.description();
        this.category = item.category();
        this.image = item.image();
        this.port = item.port();
        this.protocol = item.protocol();
        this.dataMountPath = item.dataMountPath();
        this.healthPath = item.healthPath();
        this.docsUrl = item.docsUrl();
        this.logo = item.logo();
        this.runAsUser = item.runAsUser();
        this.relativeCommand = item.relativeCommand();
        this.command = item.command();
        this.tags = new ArrayList<>(item.tags());
        this.envHints = new ArrayList<>(item.envHints());
        this.position = position;
    }

    /** Takes every field of the item but the id and the position. */
    void replace(CatalogItem item) {
        this.name = item.name();
        this.description = item.description();
        this.category = item.category();
        this.image = item.image();
        this.port = item.port();
        this.protocol = item.protocol();
        this.dataMountPath = item.dataMountPath();
        this.healthPath = item.healthPath();
        this.docsUrl = item.docsUrl();
        this.logo = item.logo();
        this.runAsUser = item.runAsUser();
        this.relativeCommand = item.relativeCommand();
        this.command = item.command();
        this.tags.clear();
        this.tags.addAll(item.tags());
        this.envHints.clear();
        this.envHints.addAll(item.envHints());
    }

    void setHidden(boolean hidden) {
        this.hidden = hidden;
    }

    String getId() {
        return id;
    }

    boolean isHidden() {
        return hidden;
    }

    int getPosition() {
        return position;
    }

    CatalogItem item() {
        return new CatalogItem(
                id,
                name,
                description,
                category,
                image,
                List.copyOf(tags),
                port,
                protocol,
                dataMountPath,
                healthPath,
                docsUrl,
                logo,
                runAsUser,
                relativeCommand,
                command,
                List.copyOf(envHints));
    }
}
