package org.greendeal.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of greendeal's value types: {@code ImmutableX} implementations with
 * public builders, collection adders in the singular ({@code addParty}, {@code addAlias}), and no
 * nulls anywhere.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    depluralize = true,
    depluralizeDictionary = {
      "party:parties", "alias:aliases", "strategy:strategies", "activity:activities",
      "trajectory:trajectories", "unit:units", "role:roles", "commitment:commitments",
      "knowledgeItem:knowledgeItems", "policyIntegration:policyIntegrations",
      "attendee:attendees", "member:members", "guidedBy:guidedBy", "organisedBy:organisedBy",
      "developedBy:developedBy", "contributor:contributors", "joined:joined",
      "effort:efforts", "barrier:barriers", "publication:publications", "invitation:invitations",
      "instrument:instruments", "communication:communications", "appointment:appointments",
      "workingGroup:workingGroups", "contribution:contributions", "recordFit:recordFits"
    },
    jdkOnly = false,
    defaults = @Value.Immutable(copy = true))
public @interface DealStyle {}
