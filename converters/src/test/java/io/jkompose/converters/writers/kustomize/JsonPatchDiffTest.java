package io.jkompose.converters.writers.kustomize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

class JsonPatchDiffTest {

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private static JsonNode tree(String json) {
        return JSON.readTree(json.replace('\'', '"'));
    }

    /** The diff as compact JSON with ' for ", after checking that it turns source into target. */
    private static String diff(String source, String target) {
        JsonNode from = tree(source);
        JsonNode to = tree(target);
        ArrayNode operations = JsonPatchDiff.diff(from, to);
        assertThat(JsonPatchApplier.apply(from, operations)).as("the patch applied to the source").isEqualTo(to);
        return JSON.writeValueAsString(operations).replace('"', '\'');
    }

    @Test
    void equalTreesGiveNoOperation() {
        assertThat(diff("{'a':{'b':[1,2]},'c':'x'}", "{'c':'x','a':{'b':[1,2]}}")).isEqualTo("[]");
    }

    @Test
    void aChangedScalarIsReplacedAtItsPath() {
        assertThat(diff("{'spec':{'replicas':1,'paused':false}}", "{'spec':{'replicas':3,'paused':false}}"))
                .isEqualTo("[{'op':'replace','path':'/spec/replicas','value':3}]");
    }

    @Test
    void membersAreAddedAndRemovedInKeyOrder() {
        assertThat(diff("{'b':1,'a':{'x':1}}", "{'c':[1],'a':{'y':'2'}}")).isEqualTo(
                "[{'op':'remove','path':'/a/x'},{'op':'add','path':'/a/y','value':'2'},"
                        + "{'op':'remove','path':'/b'},{'op':'add','path':'/c','value':[1]}]");
    }

    @Test
    void slashAndTildeInKeysAreEscaped() {
        assertThat(diff("{'labels':{'app.kubernetes.io/name':'a'}}", "{'labels':{'app.kubernetes.io/name':'b','x~y':'c'}}"))
                .isEqualTo("[{'op':'replace','path':'/labels/app.kubernetes.io~1name','value':'b'},"
                        + "{'op':'add','path':'/labels/x~0y','value':'c'}]");
    }

    @Test
    void aNamedElementIsChangedInPlace() {
        assertThat(diff("{'containers':[{'name':'web','image':'nginx:1.26'},{'name':'log','image':'busybox'}]}",
                "{'containers':[{'name':'web','image':'nginx:1.27'},{'name':'log','image':'busybox'}]}"))
                .isEqualTo("[{'op':'replace','path':'/containers/0/image','value':'nginx:1.27'}]");
    }

    @Test
    void aRemovedEnvironmentVariableIsRemovedByItsIndex() {
        assertThat(diff("{'env':[{'name':'A','value':'1'},{'name':'B','value':'2'},{'name':'C','value':'3'}]}",
                "{'env':[{'name':'A','value':'1'},{'name':'C','value':'3'}]}"))
                .isEqualTo("[{'op':'remove','path':'/env/1'}]");
    }

    @Test
    void removalsGoFromTheHighestIndexSoEarlierOnesDoNotShiftThem() {
        assertThat(diff("{'args':['a','b','c','d']}", "{'args':['b','d']}"))
                .isEqualTo("[{'op':'remove','path':'/args/2'},{'op':'remove','path':'/args/0'}]");
    }

    @Test
    void newElementsAreAddedAtTheirIndexAndKeptOnesComparedThere() {
        assertThat(diff("{'env':[{'name':'A','value':'1'},{'name':'C','value':'3'}]}",
                "{'env':[{'name':'0','value':'0'},{'name':'A','value':'1'},{'name':'B','value':'2'},"
                        + "{'name':'C','value':'4'},{'name':'D','value':'5'}]}"))
                .isEqualTo("[{'op':'add','path':'/env/0','value':{'name':'0','value':'0'}},"
                        + "{'op':'add','path':'/env/2','value':{'name':'B','value':'2'}},"
                        + "{'op':'replace','path':'/env/3/value','value':'4'},"
                        + "{'op':'add','path':'/env/4','value':{'name':'D','value':'5'}}]");
    }

    @Test
    void portsAreKnownByNumberAndProtocol() {
        assertThat(diff("{'ports':[{'containerPort':80,'protocol':'TCP'},{'containerPort':443,'protocol':'TCP'}]}",
                "{'ports':[{'containerPort':80,'protocol':'TCP'}]}"))
                .isEqualTo("[{'op':'remove','path':'/ports/1'}]");
    }

    @Test
    void aListWithoutIdentityIsReplacedWhole() {
        assertThat(diff("{'rules':[{'from':[1]},{'from':[2]}]}", "{'rules':[{'from':[1]},{'from':[3]}]}"))
                .isEqualTo("[{'op':'replace','path':'/rules','value':[{'from':[1]},{'from':[3]}]}]");
    }

    @Test
    void aListWithARepeatedIdentityIsReplacedWhole() {
        assertThat(diff("{'mounts':[{'name':'a','mountPath':'/x'},{'name':'a','mountPath':'/y'}]}",
                "{'mounts':[{'name':'a','mountPath':'/x'}]}"))
                .as("name repeats, so the next identity, mountPath, is used")
                .isEqualTo("[{'op':'remove','path':'/mounts/1'}]");
        assertThat(diff("{'xs':[{'name':'a','v':1},{'name':'a','v':2}]}", "{'xs':[{'name':'a','v':1}]}"))
                .isEqualTo("[{'op':'replace','path':'/xs','value':[{'name':'a','v':1}]}]");
    }

    @Test
    void reorderedElementsReplaceTheList() {
        assertThat(diff("{'args':['a','b','c']}", "{'args':['c','a','b']}"))
                .isEqualTo("[{'op':'replace','path':'/args','value':['c','a','b']}]");
    }

    @Test
    void aListWithNothingInCommonIsReplacedWhole() {
        assertThat(diff("{'command':['sh']}", "{'command':['bash','-c']}"))
                .isEqualTo("[{'op':'replace','path':'/command','value':['bash','-c']}]");
    }

    @Test
    void aChangeOfTypeIsAReplacement() {
        assertThat(diff("{'a':{'b':1}}", "{'a':[1]}")).isEqualTo("[{'op':'replace','path':'/a','value':[1]}]");
        assertThat(diff("{'a':'1'}", "{'a':1}")).isEqualTo("[{'op':'replace','path':'/a','value':1}]");
    }

    @Test
    void onlyObjectsAreComparedAtTheRoot() {
        assertThatThrownBy(() -> JsonPatchDiff.diff(tree("[1]"), tree("[2]")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** Random trees and random edits of them: whatever the diff says, applied, gives the edited tree. */
    @Test
    void randomEditsRoundTrip() {
        Random random = new Random(13);
        for (int round = 0; round < 2000; round++) {
            ObjectNode source = randomObject(random, 3);
            ObjectNode target = source.deepCopy();
            int edits = 1 + random.nextInt(4);
            for (int i = 0; i < edits; i++) {
                edit(random, target);
            }
            ArrayNode operations = JsonPatchDiff.diff(source, target);
            assertThat(JsonPatchApplier.apply(source, operations)).as("round %d: %s → %s via %s", round, source,
                    target, operations).isEqualTo(target);
            if (source.equals(target)) {
                assertThat(operations).isEmpty();
            }
        }
    }

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<String> KEYS = List.of("name", "image", "a/b", "x~", "value", "port");

    private static ObjectNode randomObject(Random random, int depth) {
        ObjectNode object = NODES.objectNode();
        int size = 1 + random.nextInt(4);
        for (int i = 0; i < size; i++) {
            object.set(KEYS.get(random.nextInt(KEYS.size())), randomValue(random, depth - 1));
        }
        return object;
    }

    private static JsonNode randomValue(Random random, int depth) {
        int choice = depth <= 0 ? random.nextInt(2) : random.nextInt(5);
        return switch (choice) {
            case 0 -> NODES.stringNode("s" + random.nextInt(4));
            case 1 -> NODES.numberNode(random.nextInt(4));
            case 2 -> randomObject(random, depth);
            case 3 -> namedList(random, depth);
            default -> {
                ArrayNode list = NODES.arrayNode();
                int size = random.nextInt(5);
                for (int i = 0; i < size; i++) {
                    list.add(randomValue(random, 0));
                }
                yield list;
            }
        };
    }

    private static ArrayNode namedList(Random random, int depth) {
        ArrayNode list = NODES.arrayNode();
        int size = 1 + random.nextInt(4);
        for (int i = 0; i < size; i++) {
            ObjectNode element = randomObject(random, depth - 1);
            element.put("name", "n" + random.nextInt(6)); // sometimes repeated: then there is no identity
            list.add(element);
        }
        return list;
    }

    /** One random change somewhere in the tree: set, remove, insert into or drop from a list. */
    private static void edit(Random random, ObjectNode root) {
        List<JsonNode> containers = new ArrayList<>();
        collect(root, containers);
        JsonNode container = containers.get(random.nextInt(containers.size()));
        if (container instanceof ObjectNode object) {
            String key = KEYS.get(random.nextInt(KEYS.size()));
            if (random.nextBoolean() && object.size() > 1) {
                object.remove(key);
            } else {
                object.set(key, randomValue(random, 1));
            }
        } else if (container instanceof ArrayNode array) {
            int action = random.nextInt(3);
            if (action == 0 && !array.isEmpty()) {
                array.remove(random.nextInt(array.size()));
            } else if (action == 1 && !array.isEmpty() && array.get(0).isObject()) {
                ObjectNode copy = ((ObjectNode) array.get(0)).deepCopy();
                copy.put("name", "n" + random.nextInt(8));
                array.insert(random.nextInt(array.size() + 1), copy);
            } else {
                array.insert(random.nextInt(array.size() + 1), randomValue(random, 0));
            }
        }
    }

    private static void collect(JsonNode node, List<JsonNode> containers) {
        if (node.isContainer()) {
            containers.add(node);
            node.values().forEach(child -> collect(child, containers));
        }
    }
}
