# Generated from schemas/vocabulary.schema.json by `python -m ehealthsec.validators`; do not edit.
# ruff: noqa
# mypy: ignore-errors
SCHEMA_SHA256 = "83e4d23b2bc7cc5de3f9b2f3f1bae758fddc67db4602d55a1bd352c5dd32938d"
VERSION = "2.22.3"
from decimal import Decimal
import re
from fastjsonschema import JsonSchemaValueException, JsonSchemaValuesException


REGEX_PATTERNS = {
    '^[^<>&"]+$(?!\\n)': re.compile('^[^<>&"]+\\Z(?!\\n)'),
    '^(?!index$)[a-z0-9]+(-[a-z0-9]+)*$(?!\\n)': re.compile('^(?!index\\Z)[a-z0-9]+(-[a-z0-9]+)*\\Z(?!\\n)')
}

NoneType = type(None)

def validate(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'$schema': 'http://json-schema.org/draft-07/schema#', 'title': 'A controlled vocabulary (audiences.yml, topics.yml)', 'type': 'object', 'minProperties': 1, 'propertyNames': {'pattern': '^(?!index$)[a-z0-9]+(-[a-z0-9]+)*$(?!\\n)', 'x-hint': "a lower-case key with hyphens, like security-teams, other than 'index' (the address of the index page)"}, 'additionalProperties': {'type': 'object', 'additionalProperties': False, 'required': ['label', 'description'], 'properties': {'label': {'type': 'string', 'minLength': 2, 'maxLength': 60, 'pattern': '^[^<>&"]+$(?!\\n)', 'x-hint': 'plain text without <, >, & or "'}, 'description': {'type': 'string', 'minLength': 10, 'maxLength': 200}}}}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data_len = len(data)
        if data_len < 1:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain at least 1 properties", value=data, name="" + (name_prefix or "data") + "", definition={'$schema': 'http://json-schema.org/draft-07/schema#', 'title': 'A controlled vocabulary (audiences.yml, topics.yml)', 'type': 'object', 'minProperties': 1, 'propertyNames': {'pattern': '^(?!index$)[a-z0-9]+(-[a-z0-9]+)*$(?!\\n)', 'x-hint': "a lower-case key with hyphens, like security-teams, other than 'index' (the address of the index page)"}, 'additionalProperties': {'type': 'object', 'additionalProperties': False, 'required': ['label', 'description'], 'properties': {'label': {'type': 'string', 'minLength': 2, 'maxLength': 60, 'pattern': '^[^<>&"]+$(?!\\n)', 'x-hint': 'plain text without <, >, & or "'}, 'description': {'type': 'string', 'minLength': 10, 'maxLength': 200}}}}, rule='minProperties')
        data_keys = set(data.keys())
        for data_key in data_keys:
            if data_key not in []:
                data_value = data.get(data_key)
                if not isinstance(data_value, (dict)):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".{data_key}".format(**locals()) + " must be object", value=data_value, name="" + (name_prefix or "data") + ".{data_key}".format(**locals()) + "", definition={'type': 'object', 'additionalProperties': False, 'required': ['label', 'description'], 'properties': {'label': {'type': 'string', 'minLength': 2, 'maxLength': 60, 'pattern': '^[^<>&"]+$(?!\\n)', 'x-hint': 'plain text without <, >, & or "'}, 'description': {'type': 'string', 'minLength': 10, 'maxLength': 200}}}, rule='type')
                data_value_is_dict = isinstance(data_value, dict)
                if data_value_is_dict:
                    data_value__missing_keys = set(['label', 'description']) - data_value.keys()
                    if data_value__missing_keys:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".{data_key}".format(**locals()) + " must contain " + (str(sorted(data_value__missing_keys)) + " properties"), value=data_value, name="" + (name_prefix or "data") + ".{data_key}".format(**locals()) + "", definition={'type': 'object', 'additionalProperties': False, 'required': ['label', 'description'], 'properties': {'label': {'type': 'string', 'minLength': 2, 'maxLength': 60, 'pattern': '^[^<>&"]+$(?!\\n)', 'x-hint': 'plain text without <, >, & or "'}, 'description': {'type': 'string', 'minLength': 10, 'maxLength': 200}}}, rule='required')
                    data_value_keys = set(data_value.keys())
                    if "label" in data_value_keys:
                        data_value_keys.remove("label")
                        data_value__label = data_value["label"]
                        if not isinstance(data_value__label, (str)):
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".{data_key}.label".format(**locals()) + " must be string", value=data_value__label, name="" + (name_prefix or "data") + ".{data_key}.label".format(**locals()) + "", definition={'type': 'string', 'minLength': 2, 'maxLength': 60, 'pattern': '^[^<>&"]+$(?!\\n)', 'x-hint': 'plain text without <, >, & or "'}, rule='type')
                        if isinstance(data_value__label, str):
                            data_value__label_len = len(data_value__label)
                            if data_value__label_len < 2:
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".{data_key}.label".format(**locals()) + " must be longer than or equal to 2 characters", value=data_value__label, name="" + (name_prefix or "data") + ".{data_key}.label".format(**locals()) + "", definition={'type': 'string', 'minLength': 2, 'maxLength': 60, 'pattern': '^[^<>&"]+$(?!\\n)', 'x-hint': 'plain text without <, >, & or "'}, rule='minLength')
                            if data_value__label_len > 60:
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".{data_key}.label".format(**locals()) + " must be shorter than or equal to 60 characters", value=data_value__label, name="" + (name_prefix or "data") + ".{data_key}.label".format(**locals()) + "", definition={'type': 'string', 'minLength': 2, 'maxLength': 60, 'pattern': '^[^<>&"]+$(?!\\n)', 'x-hint': 'plain text without <, >, & or "'}, rule='maxLength')
                            if not REGEX_PATTERNS['^[^<>&"]+$(?!\\n)'].search(data_value__label):
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".{data_key}.label".format(**locals()) + " must match pattern ^[^<>&\"]+$(?!\\n)", value=data_value__label, name="" + (name_prefix or "data") + ".{data_key}.label".format(**locals()) + "", definition={'type': 'string', 'minLength': 2, 'maxLength': 60, 'pattern': '^[^<>&"]+$(?!\\n)', 'x-hint': 'plain text without <, >, & or "'}, rule='pattern')
                    if "description" in data_value_keys:
                        data_value_keys.remove("description")
                        data_value__description = data_value["description"]
                        if not isinstance(data_value__description, (str)):
                            raise JsonSchemaValueException("" + (name_prefix or "data") + ".{data_key}.description".format(**locals()) + " must be string", value=data_value__description, name="" + (name_prefix or "data") + ".{data_key}.description".format(**locals()) + "", definition={'type': 'string', 'minLength': 10, 'maxLength': 200}, rule='type')
                        if isinstance(data_value__description, str):
                            data_value__description_len = len(data_value__description)
                            if data_value__description_len < 10:
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".{data_key}.description".format(**locals()) + " must be longer than or equal to 10 characters", value=data_value__description, name="" + (name_prefix or "data") + ".{data_key}.description".format(**locals()) + "", definition={'type': 'string', 'minLength': 10, 'maxLength': 200}, rule='minLength')
                            if data_value__description_len > 200:
                                raise JsonSchemaValueException("" + (name_prefix or "data") + ".{data_key}.description".format(**locals()) + " must be shorter than or equal to 200 characters", value=data_value__description, name="" + (name_prefix or "data") + ".{data_key}.description".format(**locals()) + "", definition={'type': 'string', 'minLength': 10, 'maxLength': 200}, rule='maxLength')
                    if data_value_keys:
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".{data_key}".format(**locals()) + " must not contain "+str(data_value_keys)+" properties", value=data_value, name="" + (name_prefix or "data") + ".{data_key}".format(**locals()) + "", definition={'type': 'object', 'additionalProperties': False, 'required': ['label', 'description'], 'properties': {'label': {'type': 'string', 'minLength': 2, 'maxLength': 60, 'pattern': '^[^<>&"]+$(?!\\n)', 'x-hint': 'plain text without <, >, & or "'}, 'description': {'type': 'string', 'minLength': 10, 'maxLength': 200}}}, rule='additionalProperties')
        if data_len != 0:
            data_property_names = True
            for data_key in data:
                try:
                    if isinstance(data_key, str):
                        if not REGEX_PATTERNS['^(?!index$)[a-z0-9]+(-[a-z0-9]+)*$(?!\\n)'].search(data_key):
                            raise JsonSchemaValueException("" + (name_prefix or "data") + " must match pattern ^(?!index$)[a-z0-9]+(-[a-z0-9]+)*$(?!\\n)", value=data_key, name="" + (name_prefix or "data") + "", definition={'pattern': '^(?!index$)[a-z0-9]+(-[a-z0-9]+)*$(?!\\n)', 'x-hint': "a lower-case key with hyphens, like security-teams, other than 'index' (the address of the index page)"}, rule='pattern')
                except (JsonSchemaValueException, JsonSchemaValuesException):
                    data_property_names = False
            if not data_property_names:
                raise JsonSchemaValueException("" + (name_prefix or "data") + " must be named by propertyName definition", value=data, name="" + (name_prefix or "data") + "", definition={'$schema': 'http://json-schema.org/draft-07/schema#', 'title': 'A controlled vocabulary (audiences.yml, topics.yml)', 'type': 'object', 'minProperties': 1, 'propertyNames': {'pattern': '^(?!index$)[a-z0-9]+(-[a-z0-9]+)*$(?!\\n)', 'x-hint': "a lower-case key with hyphens, like security-teams, other than 'index' (the address of the index page)"}, 'additionalProperties': {'type': 'object', 'additionalProperties': False, 'required': ['label', 'description'], 'properties': {'label': {'type': 'string', 'minLength': 2, 'maxLength': 60, 'pattern': '^[^<>&"]+$(?!\\n)', 'x-hint': 'plain text without <, >, & or "'}, 'description': {'type': 'string', 'minLength': 10, 'maxLength': 200}}}}, rule='propertyNames')
    return data