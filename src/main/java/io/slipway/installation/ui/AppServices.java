package io.slipway.installation.ui;

import io.slipway.installation.AppDirectory;
import io.slipway.installation.AppLifecycle;
import io.slipway.installation.AppLogs;
import io.slipway.installation.InstallationService;
import io.slipway.installation.StatusBroadcaster;
import org.springframework.stereotype.Component;

/** The services My Apps and an app's page call, in one bean so that views take one parameter for them. */
@Component
record AppServices(
        AppDirectory directory,
        AppLifecycle lifecycle,
        InstallationService installations,
        AppLogs logs,
        StatusBroadcaster broadcaster) {}
