package brass.world.files.compile;

import brass.world.behaviour.BehaviourRegistry;
import brass.world.files.behaviour.BehaviourSpec;
import brass.world.files.behaviour.Host;
import brass.world.files.behaviour.ParameterSpec;
import brass.world.files.definition.BehaviourDefinition;
import brass.world.files.diagnostic.Problems;
import brass.world.files.diagnostic.SourcePosition;
import brass.world.files.diagnostic.Suggestions;
import brass.world.files.source.Nodes;
import brass.world.files.source.YamlTree.YMapping;
import brass.world.files.source.YamlTree.YNode;
import brass.world.files.source.YamlTree.YScalar;
import brass.world.files.source.YamlTree.YSequence;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a {@code behaviours:} field (of a room, thing, actor or door) against the specs in the
 * {@link BehaviourRegistry}: each behaviour by name, with its parameters parsed, range-checked
 * and the rest defaulted, as a {@link BehaviourDefinition}. Reports unknown behaviours and
 * parameters, behaviours attached to what they cannot run on, wrong values, missing ones and
 * broken constraints. Safe on several threads.
 */
final class BehaviourFields {

    private final BehaviourRegistry registry;
    private final FieldMaps fieldMaps;
    private final Problems problems;

    BehaviourFields(BehaviourRegistry registry, FieldMaps fieldMaps, Problems problems) {
        this.registry = registry;
        this.fieldMaps = fieldMaps;
        this.problems = problems;
    }

    /**
     * The behaviours in {@code fields}, in the order written; none when there is no {@code behaviours:}.
     *
     * @param host what the entry is (a thing that opens is both {@code THING} and {@code OPENABLE_THING})
     * @param hostWhat how messages name the entry: "thing 'lamp'"
     */
    List<BehaviourDefinition> read(Map<String, Field> fields, Set<Host> host, String hostWhat) {
        Field field = fields.get("behaviours");
        if (field == null || Nodes.isNull(field.value())) {
            return List.of();
        }
        List<BehaviourDefinition> result = new ArrayList<>();
        YNode value = field.value();
        if (value instanceof YMapping) {
            for (Field one : fieldMaps.read(value, field.owner(), field.file(), field.what()).values()) {
                behaviour(one.key(), one.name(), one.value(), field, host, hostWhat).ifPresent(result::add);
            }
        } else if (value instanceof YSequence sequence) {
            for (YNode item : sequence.getValue()) {
                if (item instanceof YScalar scalar && !Nodes.isNull(item)) {
                    behaviour(item, scalar.getValue(), null, field, host, hostWhat).ifPresent(result::add);
                } else if (item instanceof YMapping mapping && mapping.size() == 1
                        && mapping.key(0) instanceof YScalar name) {
                    behaviour(name, name.getValue(), mapping.value(0), field, host, hostWhat).ifPresent(result::add);
                } else {
                    problems.error(Nodes.position(item, field.file()), "each of " + field.what()
                            + " must be a behaviour name, or a name followed by its parameters, found "
                            + Nodes.describe(item), "write '- cockroach' or '- cockroach: {interval: 2s}'");
                }
            }
        } else {
            behaviour(value, ((YScalar) value).getValue().strip(), null, field, host, hostWhat).ifPresent(result::add);
        }
        Set<String> seen = new HashSet<>();
        for (BehaviourDefinition behaviour : result) {
            if (!seen.add(behaviour.name())) {
                problems.error(behaviour.position(), "behaviour '" + behaviour.name() + "' is given twice in "
                        + field.what(), "give it once, with all its parameters");
            }
        }
        return result;
    }

    private Optional<BehaviourDefinition> behaviour(YNode nameNode, String name, YNode parameters, Field field,
                                                    Set<Host> host, String hostWhat) {
        SourcePosition position = Nodes.position(nameNode, field.file());
        Optional<BehaviourSpec> found = registry.spec(name);
        if (found.isEmpty()) {
            problems.error(position, "unknown behaviour '" + name + "' in " + field.what(),
                    Suggestions.didYouMean(name, registry.names()).or(() -> Optional.of("known behaviours: "
                            + String.join(", ", registry.names()))));
            return Optional.empty();
        }
        BehaviourSpec spec = found.get();
        boolean runs = spec.runsOn(host);
        if (!runs) {
            problems.error(position, "behaviour '" + name + "' cannot be attached to " + hostWhat + ": it runs on "
                    + Host.inWords(spec.hosts()), host.contains(Host.THING) && spec.hosts().contains(Host.OPENABLE_THING)
                    ? Optional.of("add openable: true") : Optional.empty());
        }
        String what = "behaviour '" + name + "' of " + (field.owner() == null ? "world.yaml" : field.owner().what());
        Map<String, Object> values = new LinkedHashMap<>();
        boolean ok = parametersAsWritten(spec, name, fieldMaps.read(parameters, field.owner(), field.file(), what),
                what, values);
        Map<String, Object> complete = new LinkedHashMap<>();
        for (ParameterSpec parameter : spec.parameters()) {
            Object value = values.containsKey(parameter.name()) ? values.get(parameter.name())
                    : parameter.defaultValue().orElse(null);
            if (value == null) {
                if (ok) {
                    problems.error(position, what + " needs parameter '" + parameter.name() + "'");
                }
                ok = false;
            } else {
                complete.put(parameter.name(), value);
            }
        }
        if (!ok) {
            return Optional.empty();
        }
        for (BehaviourSpec.Constraint constraint : spec.constraints()) {
            Optional<String> problem = constraint.check(complete);
            if (problem.isPresent()) {
                problems.error(position, what + ": " + problem.get());
                ok = false;
            }
        }
        return ok && runs ? Optional.of(new BehaviourDefinition(name, complete, position)) : Optional.empty();
    }

    /** Parses the parameters written into {@code values}; whether all of them were right. */
    private boolean parametersAsWritten(BehaviourSpec spec, String name, Map<String, Field> written, String what,
                                        Map<String, Object> values) {
        boolean ok = true;
        List<String> parameterNames = spec.parameters().stream().map(ParameterSpec::name).toList();
        for (Field parameter : written.values()) {
            Optional<ParameterSpec> parameterSpec = spec.parameter(parameter.name());
            if (parameterSpec.isEmpty()) {
                problems.error(parameter.keyPosition(), "unknown parameter '" + parameter.name() + "' of " + what,
                        Suggestions.didYouMean(parameter.name(), parameterNames).or(() -> Optional.of(
                                parameterNames.isEmpty() ? name + " takes no parameters"
                                        : "it takes " + String.join(", ", parameterNames))));
                ok = false;
                continue;
            }
            if (!(parameter.value() instanceof YScalar scalar) || Nodes.isNull(parameter.value())) {
                problems.error(parameter.position(), "parameter '" + parameter.name() + "' of " + what + " must be "
                        + parameterSpec.get().type().expected() + ", found " + Nodes.describe(parameter.value()));
                ok = false;
                continue;
            }
            try {
                values.put(parameter.name(), parameterSpec.get().parse(scalar.getValue()));
            } catch (IllegalArgumentException e) {
                problems.error(parameter.position(), "parameter '" + parameter.name() + "' of " + what + " "
                        + (e.getMessage().startsWith("expected") ? "must be " + e.getMessage().substring(9)
                        : e.getMessage()));
                ok = false;
            }
        }
        return ok;
    }
}
