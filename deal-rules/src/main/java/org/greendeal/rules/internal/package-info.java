/**
 * The engine's internals: the evidence index, compiled criteria and conditions, and the messages
 * of findings. Not an API: it may change in any release.
 */
@org.greendeal.model.DealStyle
package org.greendeal.rules.internal;
