package dev.cerulean.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs one Cerulean for the annotated test class: started before its first test on free ports of
 * {@code localhost} with an in-memory database holding {@link #world()}, stopped after its last.
 * Tests reach it through a {@link CeruleanTestEnvironment} parameter or field.
 *
 * <pre>{@code
 * @Cerulean(world = "demo")
 * class MyTest {
 *     @Test
 *     void lists(CeruleanTestEnvironment cerulean) { ... }
 * }
 * }</pre>
 *
 * Nested test classes share their enclosing class's Cerulean unless they are annotated themselves.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(CeruleanExtension.class)
public @interface Cerulean {

    /**
     * {@code demo} (the built-in demo world) or a YAML world file: a class path resource (e.g.
     * {@code worlds/team.yaml}) or else a path on the file system, relative to the working directory.
     */
    String world() default "demo";
}
