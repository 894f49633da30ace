package org.greendeal.reporting.model;

import java.math.BigDecimal;

/**
 * A group of trajectories.
 *
 * @param key the category, strategy or status
 * @param count how many trajectories
 * @param value their value in euros, where stated
 */
public record Bucket(String key, int count, BigDecimal value) {}
