package io.staygrid.systemtests;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives tests the one {@link RunningMesh} of the test run (started on first use, stopped when the
 * run ends) and a {@link StayGridApi} client of its edge. Use with
 * {@code @ExtendWith(MeshExtension.class)} and constructor or method parameters.
 */
public final class MeshExtension implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(MeshExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == RunningMesh.class || type == StayGridApi.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        RunningMesh mesh = context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(RunningMesh.class, k -> RunningMesh.start(), RunningMesh.class);
        return parameter.getParameter().getType() == RunningMesh.class ? mesh : new StayGridApi(mesh.edgeUrl(), mesh.tokens());
    }
}
