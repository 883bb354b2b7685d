package io.slipway.base;

import java.lang.reflect.Method;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.interceptor.AsyncUncaughtExceptionHandler;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.AsyncConfigurer;

/** Logs failures of async work once; failures that are {@link RetriedLater} were logged where they happened. */
@Configuration
class AsyncConfig implements AsyncConfigurer {

    private static final Logger log = LoggerFactory.getLogger(AsyncConfig.class);

    @Override
    public AsyncUncaughtExceptionHandler getAsyncUncaughtExceptionHandler() {
        return (Throwable error, Method method, Object... params) -> {
            if (!(error instanceof RetriedLater)) {
                log.error("Failed to run {}.{}", method.getDeclaringClass().getSimpleName(), method.getName(), error);
            }
        };
    }
}
