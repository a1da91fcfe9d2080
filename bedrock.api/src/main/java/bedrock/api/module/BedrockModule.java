package bedrock.api.module;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.osgi.annotation.bundle.Attribute;
import org.osgi.annotation.bundle.Capability;
import org.osgi.service.component.annotations.ComponentPropertyType;

/**
 * Marks a Declarative Services component as the {@link ModuleFactory} of one module type.
 *
 * <p>As a component property type it sets the service property {@value ModuleFactory#TYPE_PROPERTY}
 * to the module type; as a bundle annotation it makes the bundle provide the capability
 * {@code bedrock.module;bedrock.module=<type>}, so resolvers can find the bundle that provides a type.
 */
@ComponentPropertyType
@Capability(namespace = ModuleFactory.NAMESPACE, version = "1.0.0")
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface BedrockModule {

    /** The module type, e.g. {@code "yokan"}; it is what specs name in {@code type}. */
    @Attribute(ModuleFactory.NAMESPACE)
    String value();
}
