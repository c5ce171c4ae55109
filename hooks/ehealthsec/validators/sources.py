# Generated from schemas/sources.schema.json by `python -m ehealthsec.validators`; do not edit.
# ruff: noqa
# mypy: ignore-errors
SCHEMA_SHA256 = "ff724cad8e298510e100835969d35c8b19b9b6cc917ddef375a71f337c8fbb69"
VERSION = "2.22.3"
from decimal import Decimal
import re
from fastjsonschema import JsonSchemaValueException, JsonSchemaValuesException


REGEX_PATTERNS = {
    '^[^<>&"]+$(?!\\n)': re.compile('^[^<>&"]+\\Z(?!\\n)'),
    '^https://[^\\s"\'<>\\\\`]+$(?!\\n)': re.compile('^https://[^\\s"\'<>\\\\`]+\\Z(?!\\n)'),
    '^(?!index$)[a-z0-9]+(-[a-z0-9]+)*$(?!\\n)': re.compile('^(?!index\\Z)[a-z0-9]+(-[a-z0-9]+)*\\Z(?!\\n)')
}

NoneType = type(None)

def validate(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'$schema': 'http://json-schema.org/draft-07/schema#', 'title': 'The registry of cited sources (sources.yml)', 'type': 'object', 'minProperties': 1, 'propertyNames': {'pattern': '^(?!index$)[a-z0-9]+(-[a-z0-9]+)*$(?!\\n)', 'x-hint': "a lower-case key with hyphens, like nis2, other than 'index' (the address of the index page)"}, 'additionalProperties': {'type': 'object', 'additionalProperties': False, 'required': ['label', 'title', 'kind', 'url'], 'properties': {'label': {'type': 'string', 'minLength': 2, 'maxLength': 80, 'pattern': '^[^<>&"]+$(?!\\n)', 'x-hint': 'plain text without <, >, & or "'}, 'title': {'type': 'string', 'minLength': 5, 'maxLength': 300}, 'kind': {'enum': ['regulation', 'standard', 'guidance']}, 'url': {'type': 'string', 'pattern': '^https://[^\\s"\'<>\\\\`]+$(?!\\n)', 'x-hint': 'an https:// URL without spaces, quotes, angle brackets or backslashes'}, 'locators': {'type': 'object', 'minProperties': 1, 'additionalProperties': {'type': 'string', 'minLength': 2, 'maxLength': 200}}}}}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_len = len(data)
        if data_len < 1:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain at least 1 properties", value=data, name="" + (name_prefix or "data") + "", definition={'$schema': 'http://json-schema.org/draft-07/schema#', 'title': 'The registry of cited sources (sources.yml)', 'type': 'object', 'minProperties': 1, 'propertyNames': {'pattern': '^(?!index$)[a-z0-9]+(-[a-z0-9]+)*$(?!\\n)', 'x-hint': "a lower-case key with hyphens, like nis2, other than 'index' (the address of the index page)"}, 'additionalProperties': {'type': 'object', 'additionalProperties': False, 'required': ['label', 'title', 'kind', 'url'], 'properties': {'label': {'type': 'string', 'minLength': 2, 'maxLength': 80, 'pattern': '^[^<>&"]+$(?!\\n)', 'x-hint': 'plain text without <, >, & or "'}, 'title': {'type': 'string', 'minLength': 5, 'maxLength': 300}, 'kind': {'enum': ['regulation', 'standard', 'guidance']}, 'url': {'type': 'string', 'pattern': '^https://[^\\s"\'<>\\\\`]+$(?!\\n)', 'x-hint': 'an https:// URL without spaces, quotes, angle brackets or backslashes'}, 'locators': {'type': 'object', 'minProperties': 1, 'additionalProperties': {'type': 'string', 'minLength': 2, 'maxLength': 200}}}}}, rule='minProperties')
        data_keys = set(data.keys())
        for data_key in data_keys:
            if data_key not in []:
                data_value = data.get(data_key)
                if not isinstance(data_value, (dict)):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".{data_key}".format(**locals()) + " must be object", value=data_value, name="" + (name_prefix or "data") + ".{data_key}".format(**locals()) + "", definition={'type': 'object', 'additionalProperties': False, 'required': ['label', 'title', 'kind', 'url'], 'properties': {'label': {'type': 'string', 'minLength': 2, 'maxLength': 80, 'pattern': '^[^<>&"]+$(?!\\n)', 'x-hint': 'plain text without <, >, & or "'}, 'title': {'type': 'string', 'minLength': 5, 'maxLength': 300}, 'kind': {'enum': ['regulation', 'standard', 'guidance']}, 'url': {'type': 'string', 'pattern': '^https://[^\\s"\'<>\\\\`]+$(?!\\n)', 'x-hint': 'an https:// URL without spaces, quotes, angle brackets or backslashes'}, 'locators': {'type': 'object', 'minProperties': 1, 'additionalProperties': {'type': 'string', 'minLength': 2, 'maxLength': 200}}}}, rule='type')
                data_value_is_dict = isinstance(data_value, dict)
                if data_value_is_dict:
                    data_value__missing_keys = set(['label', 'title', 'kind', 'url']) - data_value.keys()
                    if data_value__missing_keys:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".{data_key}".format(**locals()) + " must contain " + (str(sorted(data_value__missing_keys)) + " properties"), value=data_value, name="" + (name_prefix or "data") + ".{data_key}".format(**locals()) + "", definition={'type': 'object', 'additionalProperties': False, 'required': ['label', 'title', 'kind', 'url'], 'properties': {'label': {'type': 'string', 'minLength': 2, 'maxLength': 80, 'pattern': '^[^<>&"]+$(?!\\n)', 'x-hint': 'plain text without <, >, & or "'}, 'title': {'type': 'string', 'minLength': 5, 'maxLength': 300}, 'kind': {'enum': ['regulation', 'standard', 'guidance']}, 'url': {'type': 'string', 'pattern': '^https://[^\\s"\'<>\\\\`]+$(?!\\n)', 'x-hint': 'an https:// URL without spaces, quotes, angle brackets or backslashes'}, 'locators': {'type': 'object', 'minProperties': 1, 'additionalProperties': {'type': 'string', 'minLength': 2, 'maxLength': 200}}}}, rule='required')
                    data_value_keys = set(data_value.keys())
                    if "label" in data_value_keys:
                        data_value_keys.remove("label")
                        data_value__label = data_value["label"]
                        if not isinstance(data_value__label, (str)):
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".{data_key}.label".format(**locals()) + " must be string", value=data_value__label, name="" + (name_prefix or "data") + ".{data_key}.label".format(**locals()) + "", definition={'type': 'string', 'minLength': 2, 'maxLength': 80, 'pattern': '^[^<>&"]+$(?!\\n)', 'x-hint': 'plain text without <, >, & or "'}, rule='type')
                        if isinstance(data_value__label, str):
                            data_value__label_len = len(data_value__label)
                            if data_value__label_len < 2:
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".{data_key}.label".format(**locals()) + " must be longer than or equal to 2 characters", value=data_value__label, name="" + (name_prefix or "data") + ".{data_key}.label".format(**locals()) + "", definition={'type': 'string', 'minLength': 2, 'maxLength': 80, 'pattern': '^[^<>&"]+$(?!\\n)', 'x-hint': 'plain text without <, >, & or "'}, rule='minLength')
                            if data_value__label_len > 80:
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".{data_key}.label".format(**locals()) + " must be shorter than or equal to 80 characters", value=data_value__label, name="" + (name_prefix or "data") + ".{data_key}.label".format(**locals()) + "", definition={'type': 'string', 'minLength': 2, 'maxLength': 80, 'pattern': '^[^<>&"]+$(?!\\n)', 'x-hint': 'plain text without <, >, & or "'}, rule='maxLength')
                            if not REGEX_PATTERNS['^[^<>&"]+$(?!\\n)'].search(data_value__label):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".{data_key}.label".format(**locals()) + " must match pattern ^[^<>&\"]+$(?!\\n)", value=data_value__label, name="" + (name_prefix or "data") + ".{data_key}.label".format(**locals()) + "", definition={'type': 'string', 'minLength': 2, 'maxLength': 80, 'pattern': '^[^<>&"]+$(?!\\n)', 'x-hint': 'plain text without <, >, & or "'}, rule='pattern')
                    if "title" in data_value_keys:
                        data_value_keys.remove("title")
                        data_value__title = data_value["title"]
                        if not isinstance(data_value__title, (str)):
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".{data_key}.title".format(**locals()) + " must be string", value=data_value__title, name="" + (name_prefix or "data") + ".{data_key}.title".format(**locals()) + "", definition={'type': 'string', 'minLength': 5, 'maxLength': 300}, rule='type')
                        if isinstance(data_value__title, str):
                            data_value__title_len = len(data_value__title)
                            if data_value__title_len < 5:
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".{data_key}.title".format(**locals()) + " must be longer than or equal to 5 characters", value=data_value__title, name="" + (name_prefix or "data") + ".{data_key}.title".format(**locals()) + "", definition={'type': 'string', 'minLength': 5, 'maxLength': 300}, rule='minLength')
                            if data_value__title_len > 300:
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".{data_key}.title".format(**locals()) + " must be shorter than or equal to 300 characters", value=data_value__title, name="" + (name_prefix or "data") + ".{data_key}.title".format(**locals()) + "", definition={'type': 'string', 'minLength': 5, 'maxLength': 300}, rule='maxLength')
                    if "kind" in data_value_keys:
                        data_value_keys.remove("kind")
                        data_value__kind = data_value["kind"]
                        if not (isinstance(data_value__kind, str) and data_value__kind == 'regulation' or isinstance(data_value__kind, str) and data_value__kind == 'standard' or isinstance(data_value__kind, str) and data_value__kind == 'guidance'):
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".{data_key}.kind".format(**locals()) + " must be one of ['regulation', 'standard', 'guidance']", value=data_value__kind, name="" + (name_prefix or "data") + ".{data_key}.kind".format(**locals()) + "", definition={'enum': ['regulation', 'standard', 'guidance']}, rule='enum')
                    if "url" in data_value_keys:
                        data_value_keys.remove("url")
                        data_value__url = data_value["url"]
                        if not isinstance(data_value__url, (str)):
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".{data_key}.url".format(**locals()) + " must be string", value=data_value__url, name="" + (name_prefix or "data") + ".{data_key}.url".format(**locals()) + "", definition={'type': 'string', 'pattern': '^https://[^\\s"\'<>\\\\`]+$(?!\\n)', 'x-hint': 'an https:// URL without spaces, quotes, angle brackets or backslashes'}, rule='type')
                        if isinstance(data_value__url, str):
                            if not REGEX_PATTERNS['^https://[^\\s"\'<>\\\\`]+$(?!\\n)'].search(data_value__url):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".{data_key}.url".format(**locals()) + " must match pattern ^https://[^\\s\"'<>\\\\`]+$(?!\\n)", value=data_value__url, name="" + (name_prefix or "data") + ".{data_key}.url".format(**locals()) + "", definition={'type': 'string', 'pattern': '^https://[^\\s"\'<>\\\\`]+$(?!\\n)', 'x-hint': 'an https:// URL without spaces, quotes, angle brackets or backslashes'}, rule='pattern')
                    if "locators" in data_value_keys:
                        data_value_keys.remove("locators")
                        data_value__locators = data_value["locators"]
                        if not isinstance(data_value__locators, (dict)):
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".{data_key}.locators".format(**locals()) + " must be object", value=data_value__locators, name="" + (name_prefix or "data") + ".{data_key}.locators".format(**locals()) + "", definition={'type': 'object', 'minProperties': 1, 'additionalProperties': {'type': 'string', 'minLength': 2, 'maxLength': 200}}, rule='type')
                        data_value__locators_is_dict = isinstance(data_value__locators, dict)
                        if data_value__locators_is_dict:
                            data_value__locators_len = len(data_value__locators)
                            if data_value__locators_len < 1:
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".{data_key}.locators".format(**locals()) + " must contain at least 1 properties", value=data_value__locators, name="" + (name_prefix or "data") + ".{data_key}.locators".format(**locals()) + "", definition={'type': 'object', 'minProperties': 1, 'additionalProperties': {'type': 'string', 'minLength': 2, 'maxLength': 200}}, rule='minProperties')
                            data_value__locators_keys = set(data_value__locators.keys())
                            for data_value__locators_key in data_value__locators_keys:
                                if data_value__locators_key not in []:
                                    data_value__locators_value = data_value__locators.get(data_value__locators_key)
                                    if not isinstance(data_value__locators_value, (str)):
                                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".{data_key}.locators.{data_value__locators_key}".format(**locals()) + " must be string", value=data_value__locators_value, name="" + (name_prefix or "data") + ".{data_key}.locators.{data_value__locators_key}".format(**locals()) + "", definition={'type': 'string', 'minLength': 2, 'maxLength': 200}, rule='type')
                                    if isinstance(data_value__locators_value, str):
                                        data_value__locators_value_len = len(data_value__locators_value)
                                        if data_value__locators_value_len < 2:
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".{data_key}.locators.{data_value__locators_key}".format(**locals()) + " must be longer than or equal to 2 characters", value=data_value__locators_value, name="" + (name_prefix or "data") + ".{data_key}.locators.{data_value__locators_key}".format(**locals()) + "", definition={'type': 'string', 'minLength': 2, 'maxLength': 200}, rule='minLength')
                                        if data_value__locators_value_len > 200:
                                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".{data_key}.locators.{data_value__locators_key}".format(**locals()) + " must be shorter than or equal to 200 characters", value=data_value__locators_value, name="" + (name_prefix or "data") + ".{data_key}.locators.{data_value__locators_key}".format(**locals()) + "", definition={'type': 'string', 'minLength': 2, 'maxLength': 200}, rule='maxLength')
                    if data_value_keys:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".{data_key}".format(**locals()) + " must not contain "+str(data_value_keys)+" properties", value=data_value, name="" + (name_prefix or "data") + ".{data_key}".format(**locals()) + "", definition={'type': 'object', 'additionalProperties': False, 'required': ['label', 'title', 'kind', 'url'], 'properties': {'label': {'type': 'string', 'minLength': 2, 'maxLength': 80, 'pattern': '^[^<>&"]+$(?!\\n)', 'x-hint': 'plain text without <, >, & or "'}, 'title': {'type': 'string', 'minLength': 5, 'maxLength': 300}, 'kind': {'enum': ['regulation', 'standard', 'guidance']}, 'url': {'type': 'string', 'pattern': '^https://[^\\s"\'<>\\\\`]+$(?!\\n)', 'x-hint': 'an https:// URL without spaces, quotes, angle brackets or backslashes'}, 'locators': {'type': 'object', 'minProperties': 1, 'additionalProperties': {'type': 'string', 'minLength': 2, 'maxLength': 200}}}}, rule='additionalProperties')
        if data_len != 0:
            data_property_names = True
            for data_key in data:
                try:
                    if isinstance(data_key, str):
                        if not REGEX_PATTERNS['^(?!index$)[a-z0-9]+(-[a-z0-9]+)*$(?!\\n)'].search(data_key):
                            raise JsonSchemaValueException("" + (name_prefix or "data") + " must match pattern ^(?!index$)[a-z0-9]+(-[a-z0-9]+)*$(?!\\n)", value=data_key, name="" + (name_prefix or "data") + "", definition={'pattern': '^(?!index$)[a-z0-9]+(-[a-z0-9]+)*$(?!\\n)', 'x-hint': "a lower-case key with hyphens, like nis2, other than 'index' (the address of the index page)"}, rule='pattern')
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    data_property_names = False
            if not data_property_names:
                raise JsonSchemaValueException("" + (name_prefix or "data") + " must be named by propertyName definition", value=data, name="" + (name_prefix or "data") + "", definition={'$schema': 'http://json-schema.org/draft-07/schema#', 'title': 'The registry of cited sources (sources.yml)', 'type': 'object', 'minProperties': 1, 'propertyNames': {'pattern': '^(?!index$)[a-z0-9]+(-[a-z0-9]+)*$(?!\\n)', 'x-hint': "a lower-case key with hyphens, like nis2, other than 'index' (the address of the index page)"}, 'additionalProperties': {'type': 'object', 'additionalProperties': False, 'required': ['label', 'title', 'kind', 'url'], 'properties': {'label': {'type': 'string', 'minLength': 2, 'maxLength': 80, 'pattern': '^[^<>&"]+$(?!\\n)', 'x-hint': 'plain text without <, >, & or "'}, 'title': {'type': 'string', 'minLength': 5, 'maxLength': 300}, 'kind': {'enum': ['regulation', 'standard', 'guidance']}, 'url': {'type': 'string', 'pattern': '^https://[^\\s"\'<>\\\\`]+$(?!\\n)', 'x-hint': 'an https:// URL without spaces, quotes, angle brackets or backslashes'}, 'locators': {'type': 'object', 'minProperties': 1, 'additionalProperties': {'type': 'string', 'minLength': 2, 'maxLength': 200}}}}}, rule='propertyNames')
    return data