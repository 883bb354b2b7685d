package io.slipway.installation;

import io.slipway.catalog.Protocol;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * What the install form sends. A mutable bean so that the form's Binder can edit it; the service checks every
 * field again with {@link InstallRequestValidator}, whatever the view did.
 */
public class InstallRequest {

    private String name = "";
    private String tag = "";
    private Integer percent = 10;
    private Protocol protocol = Protocol.HTTP;
    private String port = "";
    private List<EnvVar> env = new ArrayList<>();
    private String workingDir = "";
    private Access access = Access.PUBLIC;
    private Persistence persistence = Persistence.EPHEMERAL;
    private String volumeType;
    private Integer volumeSizeGib;
    private String mountPath = "";
    private UUID retainedVolumeId;
    private String image = "";
    private String registryUser = "";
    private String registryToken = "";

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getTag() {
        return tag;
    }

    public void setTag(String tag) {
        this.tag = tag;
    }

    public Integer getPercent() {
        return percent;
    }

    public void setPercent(Integer percent) {
        this.percent = percent;
    }

    public Protocol getProtocol() {
        return protocol;
    }

    public void setProtocol(Protocol protocol) {
        this.protocol = protocol;
    }

    public String getPort() {
        return port;
    }

    public void setPort(String port) {
        this.port = port;
    }

    public List<EnvVar> getEnv() {
        return env;
    }

    public void setEnv(List<EnvVar> env) {
        this.env = env == null ? new ArrayList<>() : new ArrayList<>(env);
    }

    public String getWorkingDir() {
        return workingDir;
    }

    public void setWorkingDir(String workingDir) {
        this.workingDir = workingDir;
    }

    public Access getAccess() {
        return access;
    }

    public void setAccess(Access access) {
        this.access = access;
    }

    public Persistence getPersistence() {
        return persistence;
    }

    public void setPersistence(Persistence persistence) {
        this.persistence = persistence;
    }

    public String getVolumeType() {
        return volumeType;
    }

    public void setVolumeType(String volumeType) {
        this.volumeType = volumeType;
    }

    public Integer getVolumeSizeGib() {
        return volumeSizeGib;
    }

    public void setVolumeSizeGib(Integer volumeSizeGib) {
        this.volumeSizeGib = volumeSizeGib;
    }

    public String getMountPath() {
        return mountPath;
    }

    public void setMountPath(String mountPath) {
        this.mountPath = mountPath;
    }

    /** A retained volume of the member to take over, instead of a new volume; null for a new one. */
    public UUID getRetainedVolumeId() {
        return retainedVolumeId;
    }

    public void setRetainedVolumeId(UUID retainedVolumeId) {
        this.retainedVolumeId = retainedVolumeId;
    }

    /** The image reference of an image of the user's own; unused for catalog entries. */
    public String getImage() {
        return image;
    }

    public void setImage(String image) {
        this.image = image;
    }

    public String getRegistryUser() {
        return registryUser;
    }

    public void setRegistryUser(String registryUser) {
        this.registryUser = registryUser;
    }

    /** A secret: encrypted once accepted, never shown again. */
    public String getRegistryToken() {
        return registryToken;
    }

    public void setRegistryToken(String registryToken) {
        this.registryToken = registryToken;
    }
}
