package org.greendeal.imports.ocds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.greendeal.imports.ocds.OcdsFixtures.file;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.greendeal.model.Strategy;
import org.junit.jupiter.api.Test;

/**
 * The importer follows the sustainability extension itself, not only the test files: its codes are
 * spelled as in the extension's code lists, its reading follows {@code release-schema.json}, the
 * test files are valid against that schema, and the eForms codes follow the OCDS eForms mapping.
 */
class SustainabilityStandardTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static List<CSVRecord> csv(String name) throws IOException {
    try (Reader reader = Files.newBufferedReader(file("third-party/" + name),
        StandardCharsets.UTF_8)) {
      return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
          .parse(reader).getRecords();
    }
  }

  private static List<String> codes(String name) throws IOException {
    return csv(name).stream().map(r -> r.get("Code")).toList();
  }

  private static JsonNode schema() throws IOException {
    return JSON.readTree(file("third-party/extension/release-schema.json").toFile());
  }

  @Test
  void exactlyTheCodeEnvironmentalCircularEconomyOfTheGoalListMakesATrajectory()
      throws IOException {
    List<String> goals = codes("extension/sustainabilityGoal.csv");
    assertThat(goals).filteredOn(Goals::isCircular).containsExactly(Goals.CIRCULAR_ECONOMY);
  }

  @Test
  void theRLadderGoalsAreSpelledAsInTheGoalList() throws IOException {
    Map<String, Strategy> mapped = new LinkedHashMap<>();
    for (String goal : codes("extension/sustainabilityGoal.csv")) {
      Goals.strategy(goal).ifPresent(strategy -> mapped.put(goal, strategy));
    }
    assertThat(mapped).containsExactlyInAnyOrderEntriesOf(Map.of(
        "environmental.resourceReuse", Strategy.REUSE,
        "environmental.recycling", Strategy.RECYCLE,
        "environmental.wasteReduction", Strategy.REDUCE));
  }

  @Test
  void theSchemaGivesTendersAndLotsASustainabilityArrayOfGoalAndStrategies() throws IOException {
    JsonNode definitions = schema().get("definitions");
    JsonNode sustainability = definitions.get("Sustainability").get("properties");
    assertThat(sustainability.fieldNames()).toIterable()
        .containsExactlyInAnyOrder("description", "goal", "strategies");
    assertThat(sustainability.get("goal").get("type")).extracting(JsonNode::asText)
        .containsExactlyInAnyOrder("string", "null");
    assertThat(sustainability.get("goal").get("codelist").asText())
        .isEqualTo("sustainabilityGoal.csv");
    assertThat(sustainability.get("goal").get("openCodelist").asBoolean()).isTrue();
    assertThat(sustainability.get("strategies").get("codelist").asText())
        .isEqualTo("sustainabilityStrategy.csv");
    for (String owner : List.of("Tender", "Lot")) {
      JsonNode properties = definitions.get(owner).get("properties");
      assertThat(properties.get("sustainability").get("type").asText()).isEqualTo("array");
      assertThat(properties.get("sustainability").get("items").get("$ref").asText())
          .isEqualTo("#/definitions/Sustainability");
      assertThat(properties.get("hasSustainability").get("type")).extracting(JsonNode::asText)
          .contains("boolean");
    }
  }

  @Test
  void theHandMadeTestFilesAreValidAgainstTheSustainabilityDefinitions() throws IOException {
    JsonNode definition = schema().get("definitions").get("Sustainability");
    Set<String> properties = new HashSet<>();
    definition.get("properties").fieldNames().forEachRemaining(properties::add);
    List<String> goals = codes("extension/sustainabilityGoal.csv");
    List<String> strategies = codes("extension/sustainabilityStrategy.csv");
    List<JsonNode> arrays = new ArrayList<>();
    for (String name : List.of("release-lots.json", "release-package.json",
        "record-package.json")) {
      collect(JSON.readTree(file(name).toFile()), arrays);
    }
    assertThat(arrays).hasSizeGreaterThan(8);
    for (JsonNode array : arrays) {
      assertThat(array.isArray()).isTrue();
      assertThat(array.size()).as("minItems").isPositive();
      assertThat(new HashSet<>(toList(array))).as("uniqueItems").hasSize(array.size());
      for (JsonNode item : array) {
        assertThat(item.size()).as("minProperties").isPositive();
        assertThat(item.fieldNames()).toIterable().isSubsetOf(properties);
        String goal = item.get("goal").asText();
        assertThat(goals).as("goal %s, or a sub-code of one", goal)
            .anyMatch(code -> Goals.is(goal, code));
        if (item.has("strategies")) {
          assertThat(toList(item.get("strategies"))).isNotEmpty().doesNotHaveDuplicates()
              .allMatch(s -> strategies.contains(s.asText()));
        }
      }
    }
  }

  /** Every {@code sustainability} array in {@code node}. */
  private static void collect(JsonNode node, List<JsonNode> arrays) {
    node.properties().forEach(field -> {
      if (field.getKey().equals("sustainability")) {
        arrays.add(field.getValue());
      } else {
        collect(field.getValue(), arrays);
      }
    });
    if (node.isArray()) {
      node.forEach(item -> collect(item, arrays));
    }
  }

  private static List<JsonNode> toList(JsonNode array) {
    List<JsonNode> items = new ArrayList<>();
    array.forEach(items::add);
    return items;
  }

  @Test
  void environmentalImpactCodesFollowTheOcdsEformsMapping() throws IOException {
    List<String> goals = codes("extension/sustainabilityGoal.csv");
    for (CSVRecord row : csv("eforms-mapping/environmental-impact.csv")) {
      String eforms = row.get("eForms code");
      String ocds = row.get("OCDS code");
      Optional<String> expected = eforms.equals("other") ? Optional.empty() : Optional.of(eforms);
      assertThat(EformsCodes.environmentalImpact(ocds)).as(ocds).isEqualTo(expected);
    }
    assertThat(goals).filteredOn(g -> EformsCodes.environmentalImpact(g).isPresent())
        .hasSize(6).contains("environmental.waterResourcesProtection");
    assertThat(EformsCodes.environmentalImpact("environmental.waterResourcesProtection"))
        .contains("water-mar");
  }

  @Test
  void strategicProcurementAndGppCriteriaCodesFollowTheOcdsEformsMapping() throws IOException {
    for (CSVRecord row : csv("eforms-mapping/strategic-procurement.csv")) {
      String eforms = row.get("eForms code");
      String ocds = row.get("OCDS code");
      Optional<String> expected = eforms.equals("none") ? Optional.empty() : Optional.of(eforms);
      assertThat(EformsCodes.strategicProcurement(ocds)).as(ocds).isEqualTo(expected);
    }
    List<String> strategies = codes("extension/sustainabilityStrategy.csv");
    for (CSVRecord row : csv("eforms-mapping/gpp-criteria.csv")) {
      assertThat(strategies).contains(row.get("OCDS code"));
      assertThat(EformsCodes.gppCriteria(row.get("OCDS code"))).contains(row.get("eForms code"));
    }
    assertThat(strategies).filteredOn(s -> EformsCodes.gppCriteria(s).isPresent()).hasSize(3);
  }
}
