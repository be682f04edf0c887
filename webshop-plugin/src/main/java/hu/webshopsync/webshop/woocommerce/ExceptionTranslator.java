package hu.webshopsync.webshop.woocommerce;

import hu.webshopsync.webshop.shop.ShopUnreachableException;
import feign.FeignException;
import feign.RetryableException;
import java.io.IOException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.Objects;

/**
 * Wraps a Feign proxy so that callers only ever see {@link WooCommerceException} and
 * {@link ShopUnreachableException}: Feign's own exceptions carry the request URL in their message,
 * which over plain HTTP holds the OAuth parameters.
 */
final class ExceptionTranslator implements InvocationHandler {

    private final Object target;
    private final String host;

    ExceptionTranslator(Object target, String host) {
        this.target = Objects.requireNonNull(target, "target");
        this.host = Objects.requireNonNull(host, "host");
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        if (method.getDeclaringClass() == Object.class) {
            return switch (method.getName()) {
                case "equals" -> proxy == args[0];
                case "hashCode" -> System.identityHashCode(proxy);
                case "toString" -> "WooCommerce client for " + host;
                default -> method.invoke(target, args);
            };
        }
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw translate(e.getCause(), host);
        }
    }

    static RuntimeException translate(Throwable t, String host) {
        if (t instanceof WooCommerceException || t instanceof ShopUnreachableException) {
            return (RuntimeException) t;
        }
        if (t instanceof RetryableException r) {
            if (r.getCause() instanceof WooCommerceException w) {
                return w;
            }
            if (r.getCause() instanceof IOException io) {
                return unreachable(io, host);
            }
            return new ShopUnreachableException(host, ShopUnreachableException.Reason.IO, null, r.getCause());
        }
        if (t instanceof FeignException f) {
            Throwable cause = f.getCause() == null ? f : f.getCause();
            if (cause instanceof IOException io && f.status() < 0) {
                return unreachable(io, host);
            }
            return new WooCommerceException(f.status(), WooCommerceException.INVALID_RESPONSE,
                    "the answer could not be read (" + cause.getClass().getSimpleName() + ")", Map.of(), null);
        }
        if (t instanceof RuntimeException r) {
            return r;
        }
        if (t instanceof IOException io) {
            return unreachable(io, host);
        }
        return new IllegalStateException(t.getClass().getSimpleName(), t);
    }

    static ShopUnreachableException unreachable(IOException io, String host) {
        return ShopUnreachableException.of(host, io);
    }
}
