package dev.cerulean.junit;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.List;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestInstancePostProcessor;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.HierarchyTraversalMode;
import org.junit.platform.commons.support.ReflectionSupport;

/**
 * The extension behind {@link Cerulean}: starts the Cerulean of a test class before its first
 * test (or earlier, when a per-class test instance needs it in its constructor), keeps it in the
 * class's {@link ExtensionContext.Store} so that JUnit closes it after the class, and hands
 * out its {@link CeruleanTestEnvironment} to parameters and fields of that type.
 *
 * <p>The class that owns a Cerulean is the innermost one, going outwards from the running test,
 * annotated with {@code @Cerulean}; a class that registers the extension without the annotation
 * gets the demo world.
 */
public final class CeruleanExtension implements BeforeAllCallback, TestInstancePostProcessor, ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(Cerulean.class);

    @Override
    public void beforeAll(ExtensionContext context) throws IllegalAccessException {
        CeruleanTestEnvironment cerulean = environment(context);
        for (Field field : fieldsOfType(context.getRequiredTestClass(), true)) inject(field, null, cerulean);
    }

    @Override
    public void postProcessTestInstance(Object instance, ExtensionContext context) throws IllegalAccessException {
        CeruleanTestEnvironment cerulean = environment(context);
        for (Field field : fieldsOfType(instance.getClass(), false)) inject(field, instance, cerulean);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == CeruleanTestEnvironment.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return environment(context);
    }

    /** The Cerulean of the class that owns it, started on first use. */
    static CeruleanTestEnvironment environment(ExtensionContext context) {
        ExtensionContext owner = owner(context);
        Class<?> ownerClass = owner.getRequiredTestClass();
        return owner.getStore(NAMESPACE)
                .getOrComputeIfAbsent(ownerClass, k -> start(ownerClass), Running.class)
                .environment();
    }

    private static Running start(Class<?> testClass) {
        String world = AnnotationSupport.findAnnotation(testClass, Cerulean.class)
                .map(Cerulean::world)
                .orElse("demo");
        ClassLoader loader = testClass.getClassLoader();
        InProcessCerulean cerulean = InProcessCerulean.start(WorldSource.of(world, loader));
        return new Running(cerulean, new CeruleanTestEnvironment(cerulean));
    }

    /** The innermost class context annotated with {@code @Cerulean}, else the outermost class context. */
    private static ExtensionContext owner(ExtensionContext context) {
        ExtensionContext outermost = null;
        for (ExtensionContext c = context; c != null; c = c.getParent().orElse(null)) {
            if (c.getTestClass().isEmpty() || c.getTestMethod().isPresent()) continue;
            if (AnnotationSupport.isAnnotated(c.getRequiredTestClass(), Cerulean.class)) return c;
            outermost = c;
        }
        if (outermost == null) {
            throw new ExtensionConfigurationException(
                    "@Cerulean works on test classes; " + context.getDisplayName() + " is not in one");
        }
        return outermost;
    }

    private static List<Field> fieldsOfType(Class<?> testClass, boolean statics) {
        return ReflectionSupport.findFields(
                testClass,
                f -> f.getType() == CeruleanTestEnvironment.class
                        && Modifier.isStatic(f.getModifiers()) == statics
                        && !Modifier.isFinal(f.getModifiers()),
                HierarchyTraversalMode.TOP_DOWN);
    }

    /** Sets a field the test left empty; a value the test set itself stays. */
    private static void inject(Field field, Object instance, CeruleanTestEnvironment cerulean)
            throws IllegalAccessException {
        field.setAccessible(true);
        if (field.get(instance) == null) field.set(instance, cerulean);
    }

    /**
     * What the store keeps: JUnit closes it when the owning class's context closes. It is both
     * kinds of resource JUnit knows (CloseableResource before 5.13, AutoCloseable since); closing
     * twice does nothing more.
     */
    @SuppressWarnings("deprecation")
    record Running(InProcessCerulean cerulean, CeruleanTestEnvironment environment)
            implements ExtensionContext.Store.CloseableResource, AutoCloseable {
        @Override
        public void close() {
            cerulean.close();
        }
    }
}
