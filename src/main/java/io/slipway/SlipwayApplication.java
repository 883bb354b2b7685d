package io.slipway;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Slipway: a self-service platform that runs catalog apps in a team's Kubernetes namespace. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableAsync
@EnableScheduling
public class SlipwayApplication {

    public static void main(String[] args) {
        SpringApplication.run(SlipwayApplication.class, args);
    }
}
