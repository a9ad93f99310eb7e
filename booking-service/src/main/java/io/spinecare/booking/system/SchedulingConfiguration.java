package io.spinecare.booking.system;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Background repair (the slot reconciler); off with {@code spinecare.booking.repair.enabled=false}. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "spinecare.booking.repair.enabled", havingValue = "true", matchIfMissing = true)
class SchedulingConfiguration {}
