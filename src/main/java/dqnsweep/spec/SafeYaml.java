package dqnsweep.spec;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactoryBuilder;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionEndEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;

/**
 * Reads YAML into a Jackson tree plus a {@link SourceMap}, refusing what a spec never needs and an
 * attacker could use:
 * <ul>
 * <li>explicit tags other than the standard scalar and collection ones ({@code !!java.lang.Object},
 * {@code !custom}): nothing is ever constructed from a tag;</li>
 * <li>anchors and aliases ({@code &a}, {@code *a}): Jackson does not expand aliases (it would hand
 * back the anchor's name as text), so a "billion laughs" document is refused at its first anchor
 * instead of being expanded;</li>
 * <li>nesting deeper than {@value #MAX_DEPTH} and documents over {@value #MAX_CODE_POINTS} code points;</li>
 * <li>duplicate keys, several documents in one file, and integers with a leading zero (YAML 1.1
 * reads {@code 010} as octal 8).</li>
 * </ul>
 * SnakeYAML's {@link LoaderOptions} carry the same limits, but through Jackson only the code-point
 * limit is enforced by SnakeYAML itself (alias and depth limits live in its Composer, which Jackson
 * does not use), so the parser here checks every event itself.
 *
 * <p>Scalars follow Jackson's reading of YAML 1.1 with one change: only {@code true}/{@code false}
 * are booleans; {@code yes}, {@code no}, {@code on}, {@code off} stay text (YAML 1.2 core schema),
 * so a text setting never silently turns into a boolean. {@code 1e6} and {@code 1.0e-3} are numbers
 * (floating point), unlike PyYAML, which reads {@code 1e6} as text; {@code 10_000} is the integer 10000.
 */
public final class SafeYaml {

    /** Deepest nesting of mappings and lists; a spec needs 3 (include, entry, value). */
    public static final int MAX_DEPTH = 16;
    /** Largest document, in code points (a spec is a few hundred bytes). */
    public static final int MAX_CODE_POINTS = 1 << 20;

    private static final String STANDARD = "tag:yaml.org,2002:";
    private static final Set<String> SCALAR_TAGS = Set.of(
            STANDARD + "str", STANDARD + "int", STANDARD + "float", STANDARD + "bool", STANDARD + "null");
    private static final Set<String> COLLECTION_TAGS = Set.of(STANDARD + "map", STANDARD + "seq");
    private static final Pattern LEADING_ZERO = Pattern.compile("[-+]?0[0-9_]+");

    private static final YAMLFactory FACTORY = new GuardedFactory(YAMLFactory.builder()
            .loaderOptions(loaderOptions())
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH + 1).build())
            .enable(YAMLParser.Feature.PARSE_BOOLEAN_LIKE_WORDS_AS_STRINGS));

    /** A parsed document: its tree ({@link MissingNode} when the text holds no document) and positions. */
    public record Document(JsonNode root, SourceMap sources) {
    }

    private SafeYaml() {
    }

    /** Parses {@code text}, read from {@code file}; every problem is a {@link SpecException} naming file, line and column. */
    public static Document read(Path file, String text) {
        try {
            return parse(text);
        } catch (Problem problem) {
            throw new SpecException(file, problem.location, problem.path, problem.getMessage());
        }
    }

    /** Parses one value given on the command line, with the same rules as a spec; empty when it is not a single scalar. */
    static Optional<JsonNode> readScalar(String text) {
        try {
            JsonNode node = parse(text).root();
            return node.isValueNode() ? Optional.of(node) : Optional.empty();
        } catch (Problem problem) {
            return Optional.empty();
        }
    }

    /** The options handed to SnakeYAML (see the class comment for which of them it enforces). */
    static LoaderOptions loaderOptions() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(1);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setCodePointLimit(MAX_CODE_POINTS);
        options.setAllowRecursiveKeys(false);
        // Duplicate keys are refused by TreeReader, which names both lines; SnakeYAML's own check
        // (Jackson's "Duplicate field") would only point past the second key.
        options.setAllowDuplicateKeys(true);
        options.setTagInspector(tag -> false);
        return options;
    }

    private static Document parse(String text) {
        TreeReader reader = new TreeReader();
        try (JsonParser parser = FACTORY.createParser(new StringReader(text))) {
            return reader.read(parser);
        } catch (Problem problem) {
            throw problem.path.isEmpty() ? new Problem(problem.location, reader.where, problem.getMessage()) : problem;
        } catch (JsonProcessingException e) {
            throw reader.syntaxError(e);
        } catch (IOException e) {
            throw new Problem(Optional.empty(), "", "cannot read the YAML: " + oneLine(e.getMessage()));
        }
    }

    /** Builds the tree from tokens, recording the position of every key and value. */
    private static final class TreeReader {
        private final JsonNodeFactory nodes = JsonNodeFactory.instance;
        private final SourceMap.Builder sources = new SourceMap.Builder();
        /** Path of the node being read, for syntax errors. */
        private String where = "";

        Document read(JsonParser parser) throws IOException {
            if (parser.nextToken() == null) {
                return new Document(MissingNode.getInstance(), sources.build());
            }
            JsonNode root = node(parser, "");
            where = "";
            if (parser.nextToken() != null) {
                throw new Problem(at(parser), "", "a spec file holds one YAML document; found a second one ('---')");
            }
            return new Document(root, sources.build());
        }

        private JsonNode node(JsonParser parser, String path) throws IOException {
            where = path;
            sources.value(path, at(parser).orElse(null));
            JsonToken token = parser.currentToken();
            switch (token) {
                case START_OBJECT:
                    return object(parser, path);
                case START_ARRAY:
                    return array(parser, path);
                case VALUE_STRING:
                    return nodes.textNode(parser.getText());
                case VALUE_NUMBER_INT:
                    return integer(parser, path);
                case VALUE_NUMBER_FLOAT:
                    return nodes.numberNode(parser.getDoubleValue());
                case VALUE_TRUE:
                    return nodes.booleanNode(true);
                case VALUE_FALSE:
                    return nodes.booleanNode(false);
                case VALUE_NULL:
                    return nodes.nullNode();
                default:
                    throw new Problem(at(parser), path, "unsupported YAML value (" + token + ")");
            }
        }

        private ObjectNode object(JsonParser parser, String path) throws IOException {
            ObjectNode object = nodes.objectNode();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                String child = path.isEmpty() ? name : path + "." + name;
                Optional<SourceMap.Location> keyAt = at(parser);
                if (object.has(name)) {
                    throw new Problem(keyAt, child, "duplicate key '" + name + "'"
                            + sources.build().key(child).map(first -> " (first at line " + first.line() + ")").orElse(""));
                }
                sources.key(child, keyAt.orElse(null));
                where = child;
                parser.nextToken();
                object.set(name, node(parser, child));
                where = path;
            }
            return object;
        }

        private ArrayNode array(JsonParser parser, String path) throws IOException {
            ArrayNode array = nodes.arrayNode();
            for (int i = 0; parser.nextToken() != JsonToken.END_ARRAY; i++) {
                array.add(node(parser, path + "[" + i + "]"));
                where = path;
            }
            return array;
        }

        private JsonNode integer(JsonParser parser, String path) throws IOException {
            String text = parser.getText();
            if (LEADING_ZERO.matcher(text).matches()) {
                throw new Problem(at(parser), path, "'" + text + "' has a leading zero, which YAML reads as an octal "
                        + "number; write it without the zero (or quote it if you mean text)");
            }
            return switch (parser.getNumberType()) {
                case INT -> nodes.numberNode(parser.getIntValue());
                case LONG -> nodes.numberNode(parser.getLongValue());
                default -> nodes.numberNode(parser.getBigIntegerValue());
            };
        }

        Problem syntaxError(JsonProcessingException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof Problem problem) {
                    return problem;
                }
                if (cause instanceof MarkedYAMLException marked) {
                    return new Problem(location(marked.getProblemMark()), where, describe(marked));
                }
            }
            Optional<SourceMap.Location> location = e.getLocation() == null ? Optional.empty()
                    : location(e.getLocation().getLineNr(), e.getLocation().getColumnNr());
            String message = e instanceof JsonParseException parse ? parse.getOriginalMessage() : e.getMessage();
            if (message != null && message.startsWith("Expected a field name")) {
                message = "a key must be a single word or text, not a list or mapping";
            }
            return new Problem(location, where, "YAML syntax error: " + oneLine(message));
        }

        private static String describe(MarkedYAMLException e) {
            String problem = oneLine(e.getProblem());
            if (problem.contains("\\t(TAB)")) {
                return "YAML syntax error: a tab character here; indent with spaces, never tabs";
            }
            StringBuilder message = new StringBuilder("YAML syntax error: ").append(problem);
            if (e.getContext() != null) {
                message.append(" (").append(oneLine(e.getContext()));
                if (e.getContextMark() != null) {
                    message.append(" that starts at line ").append(e.getContextMark().getLine() + 1)
                            .append(", column ").append(e.getContextMark().getColumn() + 1);
                }
                message.append(')');
            }
            if (problem.contains("<block") || problem.contains("mapping values are not allowed")) {
                message.append("; check the indentation and that every 'key: value' is on its own line");
            }
            return message.toString();
        }
    }

    private static Optional<SourceMap.Location> at(JsonParser parser) {
        var location = parser.currentTokenLocation();
        return location(location.getLineNr(), location.getColumnNr());
    }

    private static Optional<SourceMap.Location> location(Mark mark) {
        return mark == null ? Optional.empty() : location(mark.getLine() + 1, mark.getColumn() + 1);
    }

    private static Optional<SourceMap.Location> location(int line, int column) {
        return line >= 1 && column >= 1 ? Optional.of(new SourceMap.Location(line, column)) : Optional.empty();
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    /** A located refusal, raised inside the parser and turned into a {@link SpecException} by {@link #read}. */
    private static final class Problem extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Optional<SourceMap.Location> location;
        private final String path;

        Problem(Optional<SourceMap.Location> location, String path, String message) {
            super(message, null, false, false);
            this.location = location;
            this.path = path;
        }
    }

    /** A factory whose parsers check every SnakeYAML event before Jackson sees it. */
    private static final class GuardedFactory extends YAMLFactory {
        private static final long serialVersionUID = 1L;

        GuardedFactory(YAMLFactoryBuilder builder) {
            super(builder);
        }

        @Override
        protected YAMLParser _createParser(Reader reader, IOContext context) {
            return new GuardedParser(context, _parserFeatures, _yamlParserFeatures, _loaderOptions, _objectCodec,
                    reader);
        }
    }

    private static final class GuardedParser extends YAMLParser {
        private int depth;

        GuardedParser(IOContext context, int parserFeatures, int formatFeatures, LoaderOptions options,
                ObjectCodec codec, Reader reader) {
            super(context, parserFeatures, formatFeatures, options, codec, reader);
        }

        @Override
        protected Event getEvent() {
            Event event = super.getEvent();
            if (event instanceof AliasEvent alias) {
                throw refuse(event, "aliases (*" + alias.getAnchor() + ") are not supported in specs: write the "
                        + "values out (this also refuses 'billion laughs' alias bombs before any expansion)");
            }
            if (event instanceof NodeEvent node && node.getAnchor() != null) {
                throw refuse(event, "anchors (&" + node.getAnchor() + ") and aliases are not supported in specs: "
                        + "write the values out");
            }
            if (event instanceof ScalarEvent scalar) {
                checkTag(event, scalar.getTag(), SCALAR_TAGS);
            } else if (event instanceof CollectionStartEvent collection) {
                checkTag(event, collection.getTag(), COLLECTION_TAGS);
                if (++depth > MAX_DEPTH) {
                    throw refuse(event, "nesting deeper than " + MAX_DEPTH + " levels is not allowed");
                }
            } else if (event instanceof CollectionEndEvent) {
                depth--;
            }
            return event;
        }

        private static void checkTag(Event event, String tag, Set<String> allowed) {
            if (tag != null && !tag.equals("!") && !allowed.contains(tag)) {
                String shown = tag.startsWith(STANDARD) ? "!!" + tag.substring(STANDARD.length()) : tag;
                throw refuse(event, "the explicit tag " + shown + " is not allowed; specs hold plain values only "
                        + "(standard tags such as !!str and !!int are accepted)");
            }
        }

        private static Problem refuse(Event event, String message) {
            return new Problem(location(event.getStartMark()), "", message);
        }
    }
}
