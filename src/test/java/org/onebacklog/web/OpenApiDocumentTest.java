package org.onebacklog.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What a script author reads before calling the API: the OpenAPI document. It is also written to
 * target/openapi.json, where CI lints it with spectral (.ci/run).
 */
@QuarkusTest
class OpenApiDocumentTest {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "patch", "delete");

    private JsonNode document;

    @BeforeEach
    void fetch() throws Exception {
        String json = given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200)
                .extract().asString();
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/openapi.json"), json);
        document = new ObjectMapper().readTree(json);
    }

    @Test
    void listsOnlyTheApiNotThePages() {
        List<String> paths = new ArrayList<>();
        document.get("paths").fieldNames().forEachRemaining(paths::add);
        assertTrue(paths.contains("/api/v1/products/{key}/items"), paths.toString());
        assertEquals(List.of(), paths.stream().filter(p -> !p.startsWith("/api/v1/")).toList());
    }

    @Test
    void acceptsHttpBasicOrAnApiToken() {
        JsonNode schemes = document.at("/components/securitySchemes");
        assertEquals("http", schemes.at("/basic/type").asText());
        assertEquals("basic", schemes.at("/basic/scheme").asText());
        assertEquals("http", schemes.at("/bearer/type").asText());
        assertEquals("bearer", schemes.at("/bearer/scheme").asText());
        Set<String> applied = new HashSet<>();
        document.get("security").forEach(requirement -> requirement.fieldNames().forEachRemaining(applied::add));
        assertEquals(Set.of("basic", "bearer"), applied);
    }

    /** Every operation says what it answers when it works, and the problem documents it answers when it does not. */
    @Test
    void everyOperationDocumentsItsAnswersAndItsProblems() {
        Set<String> features = new HashSet<>();
        document.get("tags").forEach(tag -> features.add(tag.get("name").asText()));
        List<String> wrong = new ArrayList<>();
        operations().forEach((name, operation) -> {
            JsonNode responses = operation.get("responses");
            List<String> statuses = new ArrayList<>();
            responses.fieldNames().forEachRemaining(statuses::add);
            if (statuses.stream().noneMatch(s -> s.startsWith("2"))) {
                wrong.add(name + ": no success answer");
            }
            List<String> problems = new ArrayList<>(List.of("400", "401", "403", "404"));
            if (!name.startsWith("GET ")) {
                problems.add("409");
            }
            for (String status : problems) {
                if (!isProblem(responses.get(status))) {
                    wrong.add(name + ": " + status + " is not a problem document");
                }
            }
            JsonNode tags = operation.get("tags");
            if (tags == null || tags.isEmpty() || !features.contains(tags.get(0).asText())) {
                wrong.add(name + ": no feature tag (@Tag on the resource, described in ApiDocument.FEATURES)");
            }
        });
        assertEquals(List.of(), wrong);
    }

    @Test
    void theProblemSchemaHasTheFieldsProblemMapperWrites() {
        JsonNode problem = document.at("/components/schemas/Problem/properties");
        for (String field : List.of("type", "title", "status", "detail", "violations", "current")) {
            assertTrue(problem.has(field), field);
        }
        assertTrue(document.at("/components/schemas/Violation/properties").has("field"));
        assertTrue(document.at("/components/schemas/Violation/properties").has("message"));
    }

    @Test
    void creationsAnswer201AndDeletionsWithoutBody204() {
        assertTrue(operation("post", "/api/v1/products/{key}/items").at("/responses").has("201"));
        assertTrue(operation("post", "/api/v1/items/{itemKey}/tasks").at("/responses").has("201"));
        assertTrue(operation("post", "/api/v1/products").at("/responses").has("201"));
        assertTrue(operation("post", "/api/v1/tokens").at("/responses").has("201"));
        assertTrue(operation("delete", "/api/v1/tokens/{id}").at("/responses").has("204"));
        assertTrue(operation("delete", "/api/v1/tasks/{id}").at("/responses").has("204"));
    }

    @Test
    void patchBodiesNameTheirFields() {
        assertEquals("#/components/schemas/ItemPatch", operation("patch", "/api/v1/items/{itemKey}")
                .at("/requestBody/content/application~1json/schema/$ref").asText());
        assertEquals("#/components/schemas/TaskPatch", operation("patch", "/api/v1/tasks/{id}")
                .at("/requestBody/content/application~1json/schema/$ref").asText());
        assertTrue(document.at("/components/schemas/ItemPatch/properties").has("version"));
        assertTrue(document.at("/components/schemas/TaskPatch/properties").has("remaining"));
    }

    /** Two records of the same simple name would be told apart as Override1, Override2: name them instead. */
    @Test
    void schemasHaveNamesOfTheirOwn() {
        List<String> numbered = new ArrayList<>();
        document.at("/components/schemas").fieldNames().forEachRemaining(name -> {
            if (name.matches(".*\\d")) {
                numbered.add(name);
            }
        });
        assertEquals(List.of(), numbered, "give these records @Schema(name = ...)");
    }

    private boolean isProblem(JsonNode response) {
        if (response == null) {
            return false;
        }
        if (response.has("$ref")) {
            response = document.at(response.get("$ref").asText().substring(1));
        }
        return "#/components/schemas/Problem".equals(
                response.at("/content/application~1problem+json/schema/$ref").asText());
    }

    private JsonNode operation(String method, String path) {
        return document.get("paths").get(path).get(method);
    }

    private Map<String, JsonNode> operations() {
        Map<String, JsonNode> operations = new java.util.TreeMap<>();
        document.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (METHODS.contains(op.getKey())) {
                operations.put(op.getKey().toUpperCase() + " " + path.getKey(), op.getValue());
            }
        }));
        return operations;
    }
}
