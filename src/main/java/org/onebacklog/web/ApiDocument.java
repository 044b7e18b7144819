package org.onebacklog.web;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * Shapes the OpenAPI document at /q/openapi into the API's own: only the {@code /api/v1} operations (the pages are
 * for browsers, not scripts), the two ways to authenticate, and the problem answers every operation can give.
 * The failures are documented here rather than on each method because they come from one place, the
 * {@link ProblemMapper}, for every operation alike. Registered with {@code mp.openapi.filter}.
 */
public class ApiDocument implements OASFilter {

    static final String API = "/api/v1/";
    static final String PROBLEM = "Problem";
    private static final String SCHEMAS = "#/components/schemas/";
    private static final String RESPONSES = "#/components/responses/";

    /** The problem answers: status, component name, when it happens. */
    private record Answer(String status, String name, String description) {
    }

    private static final List<Answer> ALWAYS = List.of(
            new Answer("400", "BadRequest", "Invalid input: the body or a parameter is wrong; `violations` names "
                    + "each field and what to fix"),
            new Answer("401", "Unauthorized", "Not logged in: send HTTP Basic credentials or an API token"),
            new Answer("403", "Forbidden", "Not allowed: the caller's role in the product does not permit this"),
            new Answer("404", "NotFound", "Not found: no such product, item, sprint, task or other resource, or "
                    + "one the caller is not a member of"));

    /** Every write can meet a stale version, a state rule, or someone else's write to the same rows at commit. */
    private static final Answer CONFLICT = new Answer("409", "Conflict", "Conflict: the version sent is stale, "
            + "or the change breaks a rule of the current state; `current` holds the fresh state to look at again");

    /** The features, in the order a team meets them; each *Api class names its own with @Tag. */
    static final Map<String, String> FEATURES = features(
            "Products", "Create products and read them; rename, set the stand-up time and aging threshold",
            "Team", "A product's members and their roles (Product Owner, Scrum Master, Developer, Stakeholder)",
            "Backlog", "The ordered Product Backlog: add, change, rank, block, archive and restore items",
            "Definition of Done", "The product's DoD: its criteria and the tasks they imply for each item",
            "Capacity", "The capacity policy: the share reserved for technical work, advised or enforced",
            "Sprints", "Plan sprints, commit items to them, start and close them",
            "Board", "The sprint's board and the product's columns with their WIP limits",
            "Tasks", "An item's tasks: add, change, move across the board, waive, block, delete",
            "Stand-up", "What changed since the last stand-up: moves, blocks, work that stands still",
            "Review", "The sprint report: commitments, burndown, velocity, waivers and overrides, as JSON or CSV",
            "TV displays", "Read-only board screens for a team room, each with its own revocable token",
            "Webhooks", "Scrum events delivered to other systems, signed, with a delivery log",
            "Account", "The caller's personal API tokens",
            "Users", "Accounts, for admins: list, create, disable and enable, make admin, reset a password");

    private static Map<String, String> features(String... nameThenDescription) {
        Map<String, String> features = new LinkedHashMap<>();
        for (int i = 0; i < nameThenDescription.length; i += 2) {
            features.put(nameThenDescription[i], nameThenDescription[i + 1]);
        }
        return features;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        onlyTheApi(openAPI);
        openAPI.setTags(FEATURES.entrySet().stream().map(feature -> OASFactory.createTag().name(feature.getKey())
                .description(feature.getValue())).toList());
        Components components = openAPI.getComponents() == null ? OASFactory.createComponents()
                : openAPI.getComponents();
        openAPI.setComponents(components);
        securitySchemes(openAPI, components);
        problemSchemas(components);
        problemResponses(components);
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().forEach((method, op) ->
                documentFailures(method, op)));
        withoutUnusedSchemas(openAPI, components);
    }

    private static void onlyTheApi(OpenAPI openAPI) {
        Set<String> pages = new HashSet<>(openAPI.getPaths().getPathItems().keySet());
        pages.removeIf(path -> path.startsWith(API));
        pages.forEach(openAPI.getPaths()::removePathItem);
    }

    /** HTTP Basic with a user's password, or a personal API token as a bearer token: either one will do. */
    private static void securitySchemes(OpenAPI openAPI, Components components) {
        components.addSecurityScheme("basic", OASFactory.createSecurityScheme().type(SecurityScheme.Type.HTTP)
                .scheme("basic").description("A user's name and password"));
        components.addSecurityScheme("bearer", OASFactory.createSecurityScheme().type(SecurityScheme.Type.HTTP)
                .scheme("bearer").description("A personal API token, created at /account/tokens"));
        openAPI.setSecurity(List.of(OASFactory.createSecurityRequirement().addScheme("basic"),
                OASFactory.createSecurityRequirement().addScheme("bearer")));
    }

    /** The RFC 9457 problem document {@link Problem} as ProblemMapper writes it. */
    private static void problemSchemas(Components components) {
        components.addSchema("Violation", object("One thing wrong with the input")
                .addProperty("field", text("The field, such as `title` or `columns[2].wipLimit`"))
                .addProperty("message", text("What to fix"))
                .required(List.of("field", "message")));
        components.addSchema(PROBLEM, object("An RFC 9457 problem document (application/problem+json)")
                .addProperty("type", text("Always `about:blank`: the status says what kind of problem it is"))
                .addProperty("title", text("Short, such as `Invalid input` or `Conflict`"))
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER)
                        .format("int32").description("The HTTP status"))
                .addProperty("detail", text("What went wrong, for a person"))
                .addProperty("violations", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY)
                        .description("With 400: each field that is wrong")
                        .items(OASFactory.createSchema().ref(SCHEMAS + "Violation")))
                .addProperty("current", OASFactory.createSchema()
                        .description("With 409: the fresh state of what the write was made against"))
                .addProperty("errorId", text("With 500: quote it when reporting the error"))
                .required(List.of("type", "title", "status")));
    }

    private static void problemResponses(Components components) {
        for (Answer answer : ALWAYS) {
            components.addResponse(answer.name(), problem(answer.description()));
        }
        components.addResponse(CONFLICT.name(), problem(CONFLICT.description()));
        components.getResponses().get("Unauthorized").addHeader("WWW-Authenticate", OASFactory.createHeader()
                .description("`Basic realm=\"OneBacklog\"`").schema(text(null)));
    }

    private static APIResponse problem(String description) {
        return OASFactory.createAPIResponse().description(description).content(OASFactory.createContent()
                .addMediaType("application/problem+json", OASFactory.createMediaType()
                        .schema(OASFactory.createSchema().ref(SCHEMAS + PROBLEM))));
    }

    /** Replaces the bare 401/403 Quarkus adds with the problem documents the API really answers. */
    private static void documentFailures(PathItem.HttpMethod method, Operation operation) {
        for (Answer answer : ALWAYS) {
            operation.getResponses().addAPIResponse(answer.status(),
                    OASFactory.createAPIResponse().ref(RESPONSES + answer.name()));
        }
        if (method != PathItem.HttpMethod.GET) {
            operation.getResponses().addAPIResponse(CONFLICT.status(),
                    OASFactory.createAPIResponse().ref(RESPONSES + CONFLICT.name()));
        }
    }

    /** The pages' types (templates, forms) were scanned too: keep only the schemas the API's operations use. */
    private static void withoutUnusedSchemas(OpenAPI openAPI, Components components) {
        if (components.getSchemas() == null) {
            return;
        }
        Deque<Schema> todo = new ArrayDeque<>();
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(op -> {
            if (op.getParameters() != null) {
                op.getParameters().forEach(p -> add(todo, p.getSchema()));
            }
            if (op.getRequestBody() != null) {
                addAll(todo, op.getRequestBody().getContent());
            }
            op.getResponses().getAPIResponses().values().forEach(r -> addAll(todo, r.getContent()));
        }));
        components.getResponses().values().forEach(r -> addAll(todo, r.getContent()));
        Set<String> used = new HashSet<>();
        while (!todo.isEmpty()) {
            Schema schema = todo.pop();
            if (schema.getRef() != null) {
                String name = schema.getRef().substring(SCHEMAS.length());
                if (used.add(name)) {
                    add(todo, components.getSchemas().get(name));
                }
            }
            if (schema.getProperties() != null) {
                schema.getProperties().values().forEach(s -> add(todo, s));
            }
            add(todo, schema.getItems());
            add(todo, schema.getAdditionalPropertiesSchema());
            add(todo, schema.getNot());
            Stream.of(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf()).filter(Objects::nonNull)
                    .flatMap(List::stream).forEach(s -> add(todo, s));
        }
        Set<String> unused = new HashSet<>(components.getSchemas().keySet());
        unused.removeAll(used);
        unused.forEach(components::removeSchema);
    }

    private static void addAll(Deque<Schema> todo, Content content) {
        if (content != null && content.getMediaTypes() != null) {
            for (Map.Entry<String, MediaType> type : content.getMediaTypes().entrySet()) {
                add(todo, type.getValue().getSchema());
            }
        }
    }

    private static void add(Deque<Schema> todo, Schema schema) {
        if (schema != null) {
            todo.push(schema);
        }
    }

    private static Schema object(String description) {
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT).description(description);
    }

    private static Schema text(String description) {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING).description(description);
    }
}
