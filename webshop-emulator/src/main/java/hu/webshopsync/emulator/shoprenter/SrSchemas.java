package hu.webshopsync.emulator.shoprenter;

/**
 * The resource types the emulator models, with their fields in the order of the docs' fixtures
 * ({@code fixtures/api/<resource>/response/json/get_id.json}). Built once per shop.
 */
final class SrSchemas {

    final SrSchema setting = SrSchema.of("settings", "setting", "setting_id", false, false)
            .fields("group:T", "key:T", "value:T");
    final SrSchema language = SrSchema.of("languages", "language", "language_id", true, false)
            .fields("name:T", "code:T", "locale:T", "sortOrder:I", "status:I=1");
    final SrSchema taxClass = SrSchema.of("taxClasses", "taxClass", "tax_class_id", true, true)
            .fields("name:T", "description:T");
    final SrSchema taxRate = SrSchema.of("taxRates", "taxRate", "tax_rate_id", true, true)
            .fields("priority:I=1", "rate:4", "description:T")
            .opaque("geoZone", "geoZones", false).link("taxClass", taxClass);
    final SrSchema category = SrSchema.of("categories", "category", "category_id", true, true)
            .fields("picture:O", "sortOrder:I", "status:I=1", "multiplier:4", "productsStatus:I=1", "groupCode:O");

    {
        category.link("parentCategory", category).link("centralCategory", category);
    }

    final SrSchema categoryDescription = SrSchema.pair("categoryDescriptions", "categoryDescription",
                    "category_id", "category", "language_id", "language", false)
            .fields("name:T", "metaKeywords:O", "metaDescription:O", "description:O", "customTitle:O",
                    "robotsMetaTag:I", "footerSeoText:O", "heading:O", "shortDescription:O")
            .link("category", category).link("language", language);
    final SrSchema product = SrSchema.of("products", "product", "product_id", true, true)
            .fields("sku:T", "modelNumber:O", "orderable:I=1", "price:4", "multiplier:4=1", "multiplierLock:I",
                    "loyaltyPoints:X", "stock1:I", "stock2:I", "stock3:I", "stock4:I", "subtractStock:I=1",
                    "mainPicture:T", "width:2", "height:2", "length:2", "weight:2", "status:I=1", "shipped:I=1",
                    "minimalOrderNumber:I=1", "maximalOrderNumber:I", "minimalOrderNumberMultiply:I",
                    "availableDate:T=0000-00-00", "quantity:4", "sortOrder:I", "imageAlt:T", "freeShipping:I",
                    "durableMediaDevice:I", "gtin:O", "cost:4", "allImages:R", "productPrices:R",
                    "productAttributeExtend:R")
            .link("taxClass", taxClass)
            .opaque("noStockStatus", "stockStatuses", false).opaque("inStockStatus", "stockStatuses", false)
            .opaque("productClass", "productClasses", false).opaque("volumeUnit", "lengthClasses", false)
            .opaque("weightUnit", "weightClasses", false).opaque("manufacturer", "manufacturers", false)
            .opaque("onlyStock1Status", "stockStatuses", false).opaque("onlyStock2Status", "stockStatuses", false)
            .opaque("onlyStock3Status", "stockStatuses", false).opaque("onlyStock4Status", "stockStatuses", false);
    final SrSchema productDescription = SrSchema.pair("productDescriptions", "productDescription",
                    "product_id", "product", "language_id", "language", true)
            .fields("name:T", "metaTitle:O", "metaKeywords:O", "metaDescription:O", "shortDescription:O",
                    "description:O", "parameters:O", "packagingUnit:O", "measurementUnit:O",
                    "customContentTitle:O", "customContent:O", "videoCode:O")
            .link("product", product).link("language", language);
    final SrSchema productCategoryRelation = SrSchema.pair("productCategoryRelations", "productCategory",
                    "product_id", "product", "category_id", "category", false)
            .link("product", product).link("category", category);
    final SrSchema orderStatus = SrSchema.of("orderStatuses", "orderStatus", "order_status_id", true, false);
    final SrSchema orderStatusDescription = SrSchema.pair("orderStatusDescriptions", "orderStatusDescription",
                    "order_status_id", "orderStatus", "language_id", "language", false)
            .fields("name:T", "color:T").link("orderStatus", orderStatus).link("language", language);
    final SrSchema order = SrSchema.of("orders", "order", "order_id", true, true).datesAccepted()
            .fields("invoiceId:I", "invoicePrefix:T", "firstname:T", "lastname:T", "phone:T", "fax:T", "email:T",
                    "shippingFirstname:T", "shippingLastname:T", "shippingCompany:T", "shippingAddress1:T",
                    "shippingAddress2:T", "shippingCity:T", "shippingPostcode:T", "shippingZoneName:T",
                    "shippingCountryName:T", "shippingAddressFormat:T", "shippingMethodName:T",
                    "shippingMethodTaxRate:4", "shippingMethodTaxName:T", "shippingMethodExtension:T",
                    "shippingReceivingPointId:T=0", "paymentFirstname:T", "paymentLastname:T",
                    "paymentCompany:T", "paymentAddress1:T", "paymentAddress2:T", "paymentCity:T",
                    "paymentPostcode:T", "paymentZoneName:T", "paymentCountryName:T", "paymentAddressFormat:T",
                    "paymentMethodName:T", "paymentMethodCode:T", "paymentMethodTaxRate:4",
                    "paymentMethodTaxName:T", "paymentMethodAfter:T=1", "taxNumber:T", "comment:T", "total:4",
                    "value:8=1", "couponTaxRate:4=-1", "ip:T", "pickPackPontShopCode:T",
                    "loyaltyPointsTaxRate:4=-1")
            .opaque("customer", "customers", false).opaque("customerGroup", "customerGroups", false)
            .opaque("shippingZone", "zones", true).opaque("shippingCountry", "countries", false)
            .opaque("paymentZone", "zones", true).opaque("paymentCountry", "countries", false)
            .link("orderStatus", orderStatus).link("language", language)
            .opaque("currency", "currencies", false).opaque("shippingMode", "shippingModes", false);
    final SrSchema orderProduct = SrSchema.of("orderProducts", "orderProduct", "order_product_id", false, true)
            .fields("name:T", "sku:T", "modelNumber:O", "originalPrice:4", "price:4", "total:4", "taxRate:4",
                    "stock1:I", "stock2:I", "stock3:I", "stock4:I", "subtractStock:I=1", "width:2", "height:2",
                    "length:2", "weight:2", "productInnerId:R")
            .link("order", order).link("product", product);
    final SrSchema orderTotal = SrSchema.of("orderTotals", "orderTotal", "order_total_id", false, true)
            .fields("name:T", "valueText:T", "value:4", "sortOrder:I", "type:T", "key:O", "description:O")
            .link("order", order);
    final SrSchema orderHistory = SrSchema.of("orderHistories", "orderHistory", "order_history_id", true, false)
            .fields("comment:T", "dateAdded:R").link("order", order).link("orderStatus", orderStatus);
}
