package hu.webshopsync.webshop.woocommerce;

import com.fasterxml.jackson.databind.ObjectMapper;
import feign.RequestTemplate;
import feign.codec.EncodeException;
import feign.codec.Encoder;
import feign.jackson.JacksonEncoder;
import java.lang.reflect.Type;

/**
 * JSON for objects, raw bytes for {@code byte[]} bodies (media uploads must not be base64 JSON).
 */
final class BodyEncoder implements Encoder {

    private final JacksonEncoder json;

    BodyEncoder(ObjectMapper mapper) {
        this.json = new JacksonEncoder(mapper);
    }

    @Override
    public void encode(Object object, Type bodyType, RequestTemplate template) throws EncodeException {
        if (object instanceof byte[] bytes) {
            template.body(bytes, null);
            return;
        }
        json.encode(object, bodyType, template);
    }
}
