# Slipway's image, built from the jar that `./mvnw -Pproduction package` leaves in target/:
#   ./mvnw -B -Pproduction package -DskipTests && docker build -t slipway .
# Stage 1 splits the Spring Boot jar into layers (dependencies change less often than our classes), stage 2
# runs them as a non-root user on a JRE.
FROM eclipse-temurin:25-jre AS layers
WORKDIR /build
COPY target/slipway.jar slipway.jar
RUN java -Djarmode=tools -jar slipway.jar extract --layers --launcher --destination extracted

FROM eclipse-temurin:25-jre
RUN groupadd --system --gid 10001 slipway \
    && useradd --system --uid 10001 --gid slipway --home-dir /tmp --shell /usr/sbin/nologin slipway
WORKDIR /app
COPY --from=layers /build/extracted/dependencies/ ./
COPY --from=layers /build/extracted/spring-boot-loader/ ./
COPY --from=layers /build/extracted/snapshot-dependencies/ ./
COPY --from=layers /build/extracted/application/ ./
# Vaadin and the JVM write under HOME; the root filesystem is read-only in k8s/, /tmp is an emptyDir
ENV HOME=/tmp
USER 10001:10001
EXPOSE 8080
ENTRYPOINT ["java", "org.springframework.boot.loader.launch.JarLauncher"]
