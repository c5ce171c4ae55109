# Generated from schemas/guideline.schema.json by `python -m ehealthsec.validators`; do not edit.
# ruff: noqa
# mypy: ignore-errors
SCHEMA_SHA256 = "aab5bacac80b85ad038f533a3b9e6e546d910b5637580cebbac46a0ad6113373"
VERSION = "2.22.3"
from decimal import Decimal
import re
from fastjsonschema import JsonSchemaValueException, JsonSchemaValuesException


REGEX_PATTERNS = {
    '^[A-Z][A-Z0-9]*(-[A-Z0-9]+)+$(?!\\n)': re.compile('^[A-Z][A-Z0-9]*(-[A-Z0-9]+)+\\Z(?!\\n)'),
    '^\\S(.*\\S)?$(?!\\n)': re.compile('^\\S(.*\\S)?\\Z(?!\\n)'),
    '^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)$(?!\\n)': re.compile('^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\Z(?!\\n)'),
    '^GP-[0-9]{2,3}$(?!\\n)': re.compile('^GP-[0-9]{2,3}\\Z(?!\\n)'),
    '^[a-z0-9]+(-[a-z0-9]+)*$(?!\\n)': re.compile('^[a-z0-9]+(-[a-z0-9]+)*\\Z(?!\\n)'),
    '^[0-9]{4}-[0-9]{2}-[0-9]{2}$(?!\\n)': re.compile('^[0-9]{4}-[0-9]{2}-[0-9]{2}\\Z(?!\\n)')
}

NoneType = type(None)

def validate(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'$schema': 'http://json-schema.org/draft-07/schema#', 'title': 'Health-sector cybersecurity guideline: front matter', 'description': 'The YAML front matter of one guideline file in guidelines/. Vocabulary keys, source keys, locators, cross references and dates are checked further by `guidelines validate`.', 'type': 'object', 'additionalProperties': False, 'required': ['id', 'title', 'summary', 'type', 'status', 'version', 'owner', 'audience', 'topics'], 'properties': {'id': {'description': 'Stable identifier, unique across the corpus; never reused or changed once published.', 'type': 'string', 'pattern': '^[A-Z][A-Z0-9]*(-[A-Z0-9]+)+$(?!\\n)', 'x-hint': 'upper-case words joined by hyphens, like HSG-RANS-001', 'examples': ['HSG-RANS-001']}, 'title': {'description': 'Plain text, 10 to 120 characters.', 'type': 'string', 'minLength': 10, 'maxLength': 120, 'pattern': '^\\S(.*\\S)?$(?!\\n)', 'x-hint': 'one line without leading or trailing spaces'}, 'summary': {'description': 'Plain text, one or two sentences; used for cards, search results and the meta description.', 'type': 'string', 'minLength': 20, 'maxLength': 300}, 'type': {'description': 'What kind of document this is.', 'enum': ['guideline', 'good-practice']}, 'status': {'description': 'Lifecycle status. Drafts never appear in a release.', 'enum': ['draft', 'published', 'deprecated', 'withdrawn']}, 'version': {'description': 'Semantic version of this guideline.', 'type': 'string', 'pattern': '^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)$(?!\\n)', 'x-hint': 'a semantic version MAJOR.MINOR.PATCH, like 1.2.0'}, 'published': {'type': 'string', 'pattern': '^[0-9]{4}-[0-9]{2}-[0-9]{2}$(?!\\n)', 'x-hint': 'an ISO date YYYY-MM-DD, like 2026-03-02'}, 'updated': {'type': 'string', 'pattern': '^[0-9]{4}-[0-9]{2}-[0-9]{2}$(?!\\n)', 'x-hint': 'an ISO date YYYY-MM-DD, like 2026-03-02'}, 'review_by': {'type': 'string', 'pattern': '^[0-9]{4}-[0-9]{2}-[0-9]{2}$(?!\\n)', 'x-hint': 'an ISO date YYYY-MM-DD, like 2026-03-02'}, 'owner': {'description': 'The group or role accountable for the text.', 'type': 'string', 'minLength': 3, 'maxLength': 120}, 'audience': {'description': 'Audience keys from guidelines/audiences.yml.', 'type': 'array', 'minItems': 1, 'uniqueItems': True, 'items': {'type': 'string', 'pattern': '^[a-z0-9]+(-[a-z0-9]+)*$(?!\\n)', 'x-hint': 'a lower-case key with hyphens, like security-teams'}}, 'topics': {'description': 'Topic keys from guidelines/topics.yml.', 'type': 'array', 'minItems': 1, 'uniqueItems': True, 'items': {'type': 'string', 'pattern': '^[a-z0-9]+(-[a-z0-9]+)*$(?!\\n)', 'x-hint': 'a lower-case key with hyphens, like security-teams'}}, 'references': {'description': 'Cited sources: a key of guidelines/sources.yml and an optional locator.', 'type': 'array', 'items': {'type': 'object', 'additionalProperties': False, 'required': ['source'], 'properties': {'source': {'$ref': '#/$defs/key'}, 'at': {'type': 'string', 'minLength': 1, 'maxLength': 80}}}}, 'related': {'description': 'Ids of other guidelines.', 'type': 'array', 'uniqueItems': True, 'items': {'type': 'string', 'pattern': '^[A-Z][A-Z0-9]*(-[A-Z0-9]+)+$(?!\\n)', 'x-hint': 'a guideline id like HSG-RANS-001'}}, 'supersedes': {'type': 'string', 'pattern': '^[A-Z][A-Z0-9]*(-[A-Z0-9]+)+$(?!\\n)', 'x-hint': 'a guideline id like HSG-RANS-001'}, 'superseded_by': {'type': 'string', 'pattern': '^[A-Z][A-Z0-9]*(-[A-Z0-9]+)+$(?!\\n)', 'x-hint': 'a guideline id like HSG-RANS-001'}, 'withdrawal_reason': {'description': 'Why a deprecated or withdrawn guideline has no successor.', 'type': 'string', 'minLength': 10, 'maxLength': 500}, 'practices': {'description': 'The good practices: each one actionable statement a reader can tick off.', 'type': 'array', 'items': {'type': 'object', 'additionalProperties': False, 'required': ['id', 'text', 'level'], 'properties': {'id': {'type': 'string', 'pattern': '^GP-[0-9]{2,3}$(?!\\n)', 'x-hint': 'GP- and two digits, like GP-01'}, 'text': {'type': 'string', 'minLength': 10, 'maxLength': 400}, 'level': {'enum': ['essential', 'advanced']}, 'references': {'$ref': '#/$defs/references'}}}}}, 'allOf': [{'if': {'properties': {'status': {'not': {'const': 'draft'}}}}, 'then': {'required': ['published', 'updated', 'review_by']}}], '$defs': {'date': {'type': 'string', 'pattern': '^[0-9]{4}-[0-9]{2}-[0-9]{2}$(?!\\n)', 'x-hint': 'an ISO date YYYY-MM-DD, like 2026-03-02'}, 'key': {'type': 'string', 'pattern': '^[a-z0-9]+(-[a-z0-9]+)*$(?!\\n)', 'x-hint': 'a lower-case key with hyphens, like security-teams'}, 'id': {'type': 'string', 'pattern': '^[A-Z][A-Z0-9]*(-[A-Z0-9]+)+$(?!\\n)', 'x-hint': 'a guideline id like HSG-RANS-001'}, 'references': {'description': 'Cited sources: a key of guidelines/sources.yml and an optional locator.', 'type': 'array', 'items': {'type': 'object', 'additionalProperties': False, 'required': ['source'], 'properties': {'source': {'type': 'string', 'pattern': '^[a-z0-9]+(-[a-z0-9]+)*$(?!\\n)', 'x-hint': 'a lower-case key with hyphens, like security-teams'}, 'at': {'type': 'string', 'minLength': 1, 'maxLength': 80}}}}, 'practice': {'type': 'object', 'additionalProperties': False, 'required': ['id', 'text', 'level'], 'properties': {'id': {'type': 'string', 'pattern': '^GP-[0-9]{2,3}$(?!\\n)', 'x-hint': 'GP- and two digits, like GP-01'}, 'text': {'type': 'string', 'minLength': 10, 'maxLength': 400}, 'level': {'enum': ['essential', 'advanced']}, 'references': {'description': 'Cited sources: a key of guidelines/sources.yml and an optional locator.', 'type': 'array', 'items': {'type': 'object', 'additionalProperties': False, 'required': ['source'], 'properties': {'source': {'$ref': '#/$defs/key'}, 'at': {'type': 'string', 'minLength': 1, 'maxLength': 80}}}}}}}}, rule='type')
    try:
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data_keys = set(data.keys())
            if "status" in data_keys:
                data_keys.remove("status")
                data__status = data["status"]
                try:
                    if not (isinstance(data__status, str) and data__status == 'draft'):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + ".status must be same as const definition: draft", value=data__status, name="" + (name_prefix or "data") + ".status", definition={'const': 'draft'}, rule='const')
                except (JsonSchemaValueException, JsonSchemaValuesException): pass
                else:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".status must NOT match a disallowed definition", value=data__status, name="" + (name_prefix or "data") + ".status", definition={'not': {'const': 'draft'}}, rule='not')
    except (JsonSchemaValueException, JsonSchemaValuesException):
        pass
    else:
        data_is_dict = isinstance(data, dict)
        if data_is_dict:
            data__missing_keys = set(['published', 'updated', 'review_by']) - data.keys()
            if data__missing_keys:
                raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'required': ['published', 'updated', 'review_by']}, rule='required')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['id', 'title', 'summary', 'type', 'status', 'version', 'owner', 'audience', 'topics']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'$schema': 'http://json-schema.org/draft-07/schema#', 'title': 'Health-sector cybersecurity guideline: front matter', 'description': 'The YAML front matter of one guideline file in guidelines/. Vocabulary keys, source keys, locators, cross references and dates are checked further by `guidelines validate`.', 'type': 'object', 'additionalProperties': False, 'required': ['id', 'title', 'summary', 'type', 'status', 'version', 'owner', 'audience', 'topics'], 'properties': {'id': {'description': 'Stable identifier, unique across the corpus; never reused or changed once published.', 'type': 'string', 'pattern': '^[A-Z][A-Z0-9]*(-[A-Z0-9]+)+$(?!\\n)', 'x-hint': 'upper-case words joined by hyphens, like HSG-RANS-001', 'examples': ['HSG-RANS-001']}, 'title': {'description': 'Plain text, 10 to 120 characters.', 'type': 'string', 'minLength': 10, 'maxLength': 120, 'pattern': '^\\S(.*\\S)?$(?!\\n)', 'x-hint': 'one line without leading or trailing spaces'}, 'summary': {'description': 'Plain text, one or two sentences; used for cards, search results and the meta description.', 'type': 'string', 'minLength': 20, 'maxLength': 300}, 'type': {'description': 'What kind of document this is.', 'enum': ['guideline', 'good-practice']}, 'status': {'description': 'Lifecycle status. Drafts never appear in a release.', 'enum': ['draft', 'published', 'deprecated', 'withdrawn']}, 'version': {'description': 'Semantic version of this guideline.', 'type': 'string', 'pattern': '^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)$(?!\\n)', 'x-hint': 'a semantic version MAJOR.MINOR.PATCH, like 1.2.0'}, 'published': {'type': 'string', 'pattern': '^[0-9]{4}-[0-9]{2}-[0-9]{2}$(?!\\n)', 'x-hint': 'an ISO date YYYY-MM-DD, like 2026-03-02'}, 'updated': {'type': 'string', 'pattern': '^[0-9]{4}-[0-9]{2}-[0-9]{2}$(?!\\n)', 'x-hint': 'an ISO date YYYY-MM-DD, like 2026-03-02'}, 'review_by': {'type': 'string', 'pattern': '^[0-9]{4}-[0-9]{2}-[0-9]{2}$(?!\\n)', 'x-hint': 'an ISO date YYYY-MM-DD, like 2026-03-02'}, 'owner': {'description': 'The group or role accountable for the text.', 'type': 'string', 'minLength': 3, 'maxLength': 120}, 'audience': {'description': 'Audience keys from guidelines/audiences.yml.', 'type': 'array', 'minItems': 1, 'uniqueItems': True, 'items': {'type': 'string', 'pattern': '^[a-z0-9]+(-[a-z0-9]+)*$(?!\\n)', 'x-hint': 'a lower-case key with hyphens, like security-teams'}}, 'topics': {'description': 'Topic keys from guidelines/topics.yml.', 'type': 'array', 'minItems': 1, 'uniqueItems': True, 'items': {'type': 'string', 'pattern': '^[a-z0-9]+(-[a-z0-9]+)*$(?!\\n)', 'x-hint': 'a lower-case key with hyphens, like security-teams'}}, 'references': {'description': 'Cited sources: a key of guidelines/sources.yml and an optional locator.', 'type': 'array', 'items': {'type': 'object', 'additionalProperties': False, 'required': ['source'], 'properties': {'source': {'$ref': '#/$defs/key'}, 'at': {'type': 'string', 'minLength': 1, 'maxLength': 80}}}}, 'related': {'description': 'Ids of other guidelines.', 'type': 'array', 'uniqueItems': True, 'items': {'type': 'string', 'pattern': '^[A-Z][A-Z0-9]*(-[A-Z0-9]+)+$(?!\\n)', 'x-hint': 'a guideline id like HSG-RANS-001'}}, 'supersedes': {'type': 'string', 'pattern': '^[A-Z][A-Z0-9]*(-[A-Z0-9]+)+$(?!\\n)', 'x-hint': 'a guideline id like HSG-RANS-001'}, 'superseded_by': {'type': 'string', 'pattern': '^[A-Z][A-Z0-9]*(-[A-Z0-9]+)+$(?!\\n)', 'x-hint': 'a guideline id like HSG-RANS-001'}, 'withdrawal_reason': {'description': 'Why a deprecated or withdrawn guideline has no successor.', 'type': 'string', 'minLength': 10, 'maxLength': 500}, 'practices': {'description': 'The good practices: each one actionable statement a reader can tick off.', 'type': 'array', 'items': {'type': 'object', 'additionalProperties': False, 'required': ['id', 'text', 'level'], 'properties': {'id': {'type': 'string', 'pattern': '^GP-[0-9]{2,3}$(?!\\n)', 'x-hint': 'GP- and two digits, like GP-01'}, 'text': {'type': 'string', 'minLength': 10, 'maxLength': 400}, 'level': {'enum': ['essential', 'advanced']}, 'references': {'$ref': '#/$defs/references'}}}}}, 'allOf': [{'if': {'properties': {'status': {'not': {'const': 'draft'}}}}, 'then': {'required': ['published', 'updated', 'review_by']}}], '$defs': {'date': {'type': 'string', 'pattern': '^[0-9]{4}-[0-9]{2}-[0-9]{2}$(?!\\n)', 'x-hint': 'an ISO date YYYY-MM-DD, like 2026-03-02'}, 'key': {'type': 'string', 'pattern': '^[a-z0-9]+(-[a-z0-9]+)*$(?!\\n)', 'x-hint': 'a lower-case key with hyphens, like security-teams'}, 'id': {'type': 'string', 'pattern': '^[A-Z][A-Z0-9]*(-[A-Z0-9]+)+$(?!\\n)', 'x-hint': 'a guideline id like HSG-RANS-001'}, 'references': {'description': 'Cited sources: a key of guidelines/sources.yml and an optional locator.', 'type': 'array', 'items': {'type': 'object', 'additionalProperties': False, 'required': ['source'], 'properties': {'source': {'type': 'string', 'pattern': '^[a-z0-9]+(-[a-z0-9]+)*$(?!\\n)', 'x-hint': 'a lower-case key with hyphens, like security-teams'}, 'at': {'type': 'string', 'minLength': 1, 'maxLength': 80}}}}, 'practice': {'type': 'object', 'additionalProperties': False, 'required': ['id', 'text', 'level'], 'properties': {'id': {'type': 'string', 'pattern': '^GP-[0-9]{2,3}$(?!\\n)', 'x-hint': 'GP- and two digits, like GP-01'}, 'text': {'type': 'string', 'minLength': 10, 'maxLength': 400}, 'level': {'enum': ['essential', 'advanced']}, 'references': {'description': 'Cited sources: a key of guidelines/sources.yml and an optional locator.', 'type': 'array', 'items': {'type': 'object', 'additionalProperties': False, 'required': ['source'], 'properties': {'source': {'$ref': '#/$defs/key'}, 'at': {'type': 'string', 'minLength': 1, 'maxLength': 80}}}}}}}}, rule='required')
        data_keys = set(data.keys())
        if "id" in data_keys:
            data_keys.remove("id")
            data__id = data["id"]
            if not isinstance(data__id, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".id must be string", value=data__id, name="" + (name_prefix or "data") + ".id", definition={'description': 'Stable identifier, unique across the corpus; never reused or changed once published.', 'type': 'string', 'pattern': '^[A-Z][A-Z0-9]*(-[A-Z0-9]+)+$(?!\\n)', 'x-hint': 'upper-case words joined by hyphens, like HSG-RANS-001', 'examples': ['HSG-RANS-001']}, rule='type')
            if isinstance(data__id, str):
                if not REGEX_PATTERNS['^[A-Z][A-Z0-9]*(-[A-Z0-9]+)+$(?!\\n)'].search(data__id):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".id must match pattern ^[A-Z][A-Z0-9]*(-[A-Z0-9]+)+$(?!\\n)", value=data__id, name="" + (name_prefix or "data") + ".id", definition={'description': 'Stable identifier, unique across the corpus; never reused or changed once published.', 'type': 'string', 'pattern': '^[A-Z][A-Z0-9]*(-[A-Z0-9]+)+$(?!\\n)', 'x-hint': 'upper-case words joined by hyphens, like HSG-RANS-001', 'examples': ['HSG-RANS-001']}, rule='pattern')
        if "title" in data_keys:
            data_keys.remove("title")
            data__title = data["title"]
            if not isinstance(data__title, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".title must be string", value=data__title, name="" + (name_prefix or "data") + ".title", definition={'description': 'Plain text, 10 to 120 characters.', 'type': 'string', 'minLength': 10, 'maxLength': 120, 'pattern': '^\\S(.*\\S)?$(?!\\n)', 'x-hint': 'one line without leading or trailing spaces'}, rule='type')
            if isinstance(data__title, str):
                data__title_len = len(data__title)
                if data__title_len < 10:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".title must be longer than or equal to 10 characters", value=data__title, name="" + (name_prefix or "data") + ".title", definition={'description': 'Plain text, 10 to 120 characters.', 'type': 'string', 'minLength': 10, 'maxLength': 120, 'pattern': '^\\S(.*\\S)?$(?!\\n)', 'x-hint': 'one line without leading or trailing spaces'}, rule='minLength')
                if data__title_len > 120:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".title must be shorter than or equal to 120 characters", value=data__title, name="" + (name_prefix or "data") + ".title", definition={'description': 'Plain text, 10 to 120 characters.', 'type': 'string', 'minLength': 10, 'maxLength': 120, 'pattern': '^\\S(.*\\S)?$(?!\\n)', 'x-hint': 'one line without leading or trailing spaces'}, rule='maxLength')
                if not REGEX_PATTERNS['^\\S(.*\\S)?$(?!\\n)'].search(data__title):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".title must match pattern ^\\S(.*\\S)?$(?!\\n)", value=data__title, name="" + (name_prefix or "data") + ".title", definition={'description': 'Plain text, 10 to 120 characters.', 'type': 'string', 'minLength': 10, 'maxLength': 120, 'pattern': '^\\S(.*\\S)?$(?!\\n)', 'x-hint': 'one line without leading or trailing spaces'}, rule='pattern')
        if "summary" in data_keys:
            data_keys.remove("summary")
            data__summary = data["summary"]
            if not isinstance(data__summary, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".summary must be string", value=data__summary, name="" + (name_prefix or "data") + ".summary", definition={'description': 'Plain text, one or two sentences; used for cards, search results and the meta description.', 'type': 'string', 'minLength': 20, 'maxLength': 300}, rule='type')
            if isinstance(data__summary, str):
                data__summary_len = len(data__summary)
                if data__summary_len < 20:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".summary must be longer than or equal to 20 characters", value=data__summary, name="" + (name_prefix or "data") + ".summary", definition={'description': 'Plain text, one or two sentences; used for cards, search results and the meta description.', 'type': 'string', 'minLength': 20, 'maxLength': 300}, rule='minLength')
                if data__summary_len > 300:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".summary must be shorter than or equal to 300 characters", value=data__summary, name="" + (name_prefix or "data") + ".summary", definition={'description': 'Plain text, one or two sentences; used for cards, search results and the meta description.', 'type': 'string', 'minLength': 20, 'maxLength': 300}, rule='maxLength')
        if "type" in data_keys:
            data_keys.remove("type")
            data__type = data["type"]
            if not (isinstance(data__type, str) and data__type == 'guideline' or isinstance(data__type, str) and data__type == 'good-practice'):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".type must be one of ['guideline', 'good-practice']", value=data__type, name="" + (name_prefix or "data") + ".type", definition={'description': 'What kind of document this is.', 'enum': ['guideline', 'good-practice']}, rule='enum')
        if "status" in data_keys:
            data_keys.remove("status")
            data__status = data["status"]
            if not (isinstance(data__status, str) and data__status == 'draft' or isinstance(data__status, str) and data__status == 'published' or isinstance(data__status, str) and data__status == 'deprecated' or isinstance(data__status, str) and data__status == 'withdrawn'):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".status must be one of ['draft', 'published', 'deprecated', 'withdrawn']", value=data__status, name="" + (name_prefix or "data") + ".status", definition={'description': 'Lifecycle status. Drafts never appear in a release.', 'enum': ['draft', 'published', 'deprecated', 'withdrawn']}, rule='enum')
        if "version" in data_keys:
            data_keys.remove("version")
            data__version = data["version"]
            if not isinstance(data__version, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".version must be string", value=data__version, name="" + (name_prefix or "data") + ".version", definition={'description': 'Semantic version of this guideline.', 'type': 'string', 'pattern': '^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)$(?!\\n)', 'x-hint': 'a semantic version MAJOR.MINOR.PATCH, like 1.2.0'}, rule='type')
            if isinstance(data__version, str):
                if not REGEX_PATTERNS['^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)$(?!\\n)'].search(data__version):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".version must match pattern ^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)$(?!\\n)", value=data__version, name="" + (name_prefix or "data") + ".version", definition={'description': 'Semantic version of this guideline.', 'type': 'string', 'pattern': '^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)$(?!\\n)', 'x-hint': 'a semantic version MAJOR.MINOR.PATCH, like 1.2.0'}, rule='pattern')
        if "published" in data_keys:
            data_keys.remove("published")
            data__published = data["published"]
            validate____defs_date(data__published, custom_formats, (name_prefix or "data") + ".published")
        if "updated" in data_keys:
            data_keys.remove("updated")
            data__updated = data["updated"]
            validate____defs_date(data__updated, custom_formats, (name_prefix or "data") + ".updated")
        if "review_by" in data_keys:
            data_keys.remove("review_by")
            data__reviewby = data["review_by"]
            validate____defs_date(data__reviewby, custom_formats, (name_prefix or "data") + ".review_by")
        if "owner" in data_keys:
            data_keys.remove("owner")
            data__owner = data["owner"]
            if not isinstance(data__owner, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".owner must be string", value=data__owner, name="" + (name_prefix or "data") + ".owner", definition={'description': 'The group or role accountable for the text.', 'type': 'string', 'minLength': 3, 'maxLength': 120}, rule='type')
            if isinstance(data__owner, str):
                data__owner_len = len(data__owner)
                if data__owner_len < 3:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".owner must be longer than or equal to 3 characters", value=data__owner, name="" + (name_prefix or "data") + ".owner", definition={'description': 'The group or role accountable for the text.', 'type': 'string', 'minLength': 3, 'maxLength': 120}, rule='minLength')
                if data__owner_len > 120:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".owner must be shorter than or equal to 120 characters", value=data__owner, name="" + (name_prefix or "data") + ".owner", definition={'description': 'The group or role accountable for the text.', 'type': 'string', 'minLength': 3, 'maxLength': 120}, rule='maxLength')
        if "audience" in data_keys:
            data_keys.remove("audience")
            data__audience = data["audience"]
            if not isinstance(data__audience, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".audience must be array", value=data__audience, name="" + (name_prefix or "data") + ".audience", definition={'description': 'Audience keys from guidelines/audiences.yml.', 'type': 'array', 'minItems': 1, 'uniqueItems': True, 'items': {'type': 'string', 'pattern': '^[a-z0-9]+(-[a-z0-9]+)*$(?!\\n)', 'x-hint': 'a lower-case key with hyphens, like security-teams'}}, rule='type')
            data__audience_is_list = isinstance(data__audience, (list, tuple))
            if data__audience_is_list:
                data__audience_len = len(data__audience)
                if data__audience_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".audience must contain at least 1 items", value=data__audience, name="" + (name_prefix or "data") + ".audience", definition={'description': 'Audience keys from guidelines/audiences.yml.', 'type': 'array', 'minItems': 1, 'uniqueItems': True, 'items': {'type': 'string', 'pattern': '^[a-z0-9]+(-[a-z0-9]+)*$(?!\\n)', 'x-hint': 'a lower-case key with hyphens, like security-teams'}}, rule='minItems')
                def fn(var): return frozenset(dict((k, fn(v)) for k, v in var.items()).items()) if hasattr(var, "items") else tuple(fn(v) for v in var) if isinstance(var, (dict, list)) else (bool, var) if isinstance(var, bool) else var
                if data__audience_len > len(set(fn(data__audience_x) for data__audience_x in data__audience)):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".audience must contain unique items", value=data__audience, name="" + (name_prefix or "data") + ".audience", definition={'description': 'Audience keys from guidelines/audiences.yml.', 'type': 'array', 'minItems': 1, 'uniqueItems': True, 'items': {'type': 'string', 'pattern': '^[a-z0-9]+(-[a-z0-9]+)*$(?!\\n)', 'x-hint': 'a lower-case key with hyphens, like security-teams'}}, rule='uniqueItems')
                for data__audience_x, data__audience_item in enumerate(data__audience):
                    validate____defs_key(data__audience_item, custom_formats, (name_prefix or "data") + ".audience[{data__audience_x}]".format(**locals()))
        if "topics" in data_keys:
            data_keys.remove("topics")
            data__topics = data["topics"]
            if not isinstance(data__topics, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".topics must be array", value=data__topics, name="" + (name_prefix or "data") + ".topics", definition={'description': 'Topic keys from guidelines/topics.yml.', 'type': 'array', 'minItems': 1, 'uniqueItems': True, 'items': {'type': 'string', 'pattern': '^[a-z0-9]+(-[a-z0-9]+)*$(?!\\n)', 'x-hint': 'a lower-case key with hyphens, like security-teams'}}, rule='type')
            data__topics_is_list = isinstance(data__topics, (list, tuple))
            if data__topics_is_list:
                data__topics_len = len(data__topics)
                if data__topics_len < 1:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".topics must contain at least 1 items", value=data__topics, name="" + (name_prefix or "data") + ".topics", definition={'description': 'Topic keys from guidelines/topics.yml.', 'type': 'array', 'minItems': 1, 'uniqueItems': True, 'items': {'type': 'string', 'pattern': '^[a-z0-9]+(-[a-z0-9]+)*$(?!\\n)', 'x-hint': 'a lower-case key with hyphens, like security-teams'}}, rule='minItems')
                def fn(var): return frozenset(dict((k, fn(v)) for k, v in var.items()).items()) if hasattr(var, "items") else tuple(fn(v) for v in var) if isinstance(var, (dict, list)) else (bool, var) if isinstance(var, bool) else var
                if data__topics_len > len(set(fn(data__topics_x) for data__topics_x in data__topics)):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".topics must contain unique items", value=data__topics, name="" + (name_prefix or "data") + ".topics", definition={'description': 'Topic keys from guidelines/topics.yml.', 'type': 'array', 'minItems': 1, 'uniqueItems': True, 'items': {'type': 'string', 'pattern': '^[a-z0-9]+(-[a-z0-9]+)*$(?!\\n)', 'x-hint': 'a lower-case key with hyphens, like security-teams'}}, rule='uniqueItems')
                for data__topics_x, data__topics_item in enumerate(data__topics):
                    validate____defs_key(data__topics_item, custom_formats, (name_prefix or "data") + ".topics[{data__topics_x}]".format(**locals()))
        if "references" in data_keys:
            data_keys.remove("references")
            data__references = data["references"]
            validate____defs_references(data__references, custom_formats, (name_prefix or "data") + ".references")
        if "related" in data_keys:
            data_keys.remove("related")
            data__related = data["related"]
            if not isinstance(data__related, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".related must be array", value=data__related, name="" + (name_prefix or "data") + ".related", definition={'description': 'Ids of other guidelines.', 'type': 'array', 'uniqueItems': True, 'items': {'type': 'string', 'pattern': '^[A-Z][A-Z0-9]*(-[A-Z0-9]+)+$(?!\\n)', 'x-hint': 'a guideline id like HSG-RANS-001'}}, rule='type')
            data__related_is_list = isinstance(data__related, (list, tuple))
            if data__related_is_list:
                def fn(var): return frozenset(dict((k, fn(v)) for k, v in var.items()).items()) if hasattr(var, "items") else tuple(fn(v) for v in var) if isinstance(var, (dict, list)) else (bool, var) if isinstance(var, bool) else var
                data__related_len = len(data__related)
                if data__related_len > len(set(fn(data__related_x) for data__related_x in data__related)):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".related must contain unique items", value=data__related, name="" + (name_prefix or "data") + ".related", definition={'description': 'Ids of other guidelines.', 'type': 'array', 'uniqueItems': True, 'items': {'type': 'string', 'pattern': '^[A-Z][A-Z0-9]*(-[A-Z0-9]+)+$(?!\\n)', 'x-hint': 'a guideline id like HSG-RANS-001'}}, rule='uniqueItems')
                for data__related_x, data__related_item in enumerate(data__related):
                    validate____defs_id(data__related_item, custom_formats, (name_prefix or "data") + ".related[{data__related_x}]".format(**locals()))
        if "supersedes" in data_keys:
            data_keys.remove("supersedes")
            data__supersedes = data["supersedes"]
            validate____defs_id(data__supersedes, custom_formats, (name_prefix or "data") + ".supersedes")
        if "superseded_by" in data_keys:
            data_keys.remove("superseded_by")
            data__supersededby = data["superseded_by"]
            validate____defs_id(data__supersededby, custom_formats, (name_prefix or "data") + ".superseded_by")
        if "withdrawal_reason" in data_keys:
            data_keys.remove("withdrawal_reason")
            data__withdrawalreason = data["withdrawal_reason"]
            if not isinstance(data__withdrawalreason, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".withdrawal_reason must be string", value=data__withdrawalreason, name="" + (name_prefix or "data") + ".withdrawal_reason", definition={'description': 'Why a deprecated or withdrawn guideline has no successor.', 'type': 'string', 'minLength': 10, 'maxLength': 500}, rule='type')
            if isinstance(data__withdrawalreason, str):
                data__withdrawalreason_len = len(data__withdrawalreason)
                if data__withdrawalreason_len < 10:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".withdrawal_reason must be longer than or equal to 10 characters", value=data__withdrawalreason, name="" + (name_prefix or "data") + ".withdrawal_reason", definition={'description': 'Why a deprecated or withdrawn guideline has no successor.', 'type': 'string', 'minLength': 10, 'maxLength': 500}, rule='minLength')
                if data__withdrawalreason_len > 500:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".withdrawal_reason must be shorter than or equal to 500 characters", value=data__withdrawalreason, name="" + (name_prefix or "data") + ".withdrawal_reason", definition={'description': 'Why a deprecated or withdrawn guideline has no successor.', 'type': 'string', 'minLength': 10, 'maxLength': 500}, rule='maxLength')
        if "practices" in data_keys:
            data_keys.remove("practices")
            data__practices = data["practices"]
            if not isinstance(data__practices, (list, tuple)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".practices must be array", value=data__practices, name="" + (name_prefix or "data") + ".practices", definition={'description': 'The good practices: each one actionable statement a reader can tick off.', 'type': 'array', 'items': {'type': 'object', 'additionalProperties': False, 'required': ['id', 'text', 'level'], 'properties': {'id': {'type': 'string', 'pattern': '^GP-[0-9]{2,3}$(?!\\n)', 'x-hint': 'GP- and two digits, like GP-01'}, 'text': {'type': 'string', 'minLength': 10, 'maxLength': 400}, 'level': {'enum': ['essential', 'advanced']}, 'references': {'$ref': '#/$defs/references'}}}}, rule='type')
            data__practices_is_list = isinstance(data__practices, (list, tuple))
            if data__practices_is_list:
                data__practices_len = len(data__practices)
                for data__practices_x, data__practices_item in enumerate(data__practices):
                    validate____defs_practice(data__practices_item, custom_formats, (name_prefix or "data") + ".practices[{data__practices_x}]".format(**locals()))
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'$schema': 'http://json-schema.org/draft-07/schema#', 'title': 'Health-sector cybersecurity guideline: front matter', 'description': 'The YAML front matter of one guideline file in guidelines/. Vocabulary keys, source keys, locators, cross references and dates are checked further by `guidelines validate`.', 'type': 'object', 'additionalProperties': False, 'required': ['id', 'title', 'summary', 'type', 'status', 'version', 'owner', 'audience', 'topics'], 'properties': {'id': {'description': 'Stable identifier, unique across the corpus; never reused or changed once published.', 'type': 'string', 'pattern': '^[A-Z][A-Z0-9]*(-[A-Z0-9]+)+$(?!\\n)', 'x-hint': 'upper-case words joined by hyphens, like HSG-RANS-001', 'examples': ['HSG-RANS-001']}, 'title': {'description': 'Plain text, 10 to 120 characters.', 'type': 'string', 'minLength': 10, 'maxLength': 120, 'pattern': '^\\S(.*\\S)?$(?!\\n)', 'x-hint': 'one line without leading or trailing spaces'}, 'summary': {'description': 'Plain text, one or two sentences; used for cards, search results and the meta description.', 'type': 'string', 'minLength': 20, 'maxLength': 300}, 'type': {'description': 'What kind of document this is.', 'enum': ['guideline', 'good-practice']}, 'status': {'description': 'Lifecycle status. Drafts never appear in a release.', 'enum': ['draft', 'published', 'deprecated', 'withdrawn']}, 'version': {'description': 'Semantic version of this guideline.', 'type': 'string', 'pattern': '^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)$(?!\\n)', 'x-hint': 'a semantic version MAJOR.MINOR.PATCH, like 1.2.0'}, 'published': {'type': 'string', 'pattern': '^[0-9]{4}-[0-9]{2}-[0-9]{2}$(?!\\n)', 'x-hint': 'an ISO date YYYY-MM-DD, like 2026-03-02'}, 'updated': {'type': 'string', 'pattern': '^[0-9]{4}-[0-9]{2}-[0-9]{2}$(?!\\n)', 'x-hint': 'an ISO date YYYY-MM-DD, like 2026-03-02'}, 'review_by': {'type': 'string', 'pattern': '^[0-9]{4}-[0-9]{2}-[0-9]{2}$(?!\\n)', 'x-hint': 'an ISO date YYYY-MM-DD, like 2026-03-02'}, 'owner': {'description': 'The group or role accountable for the text.', 'type': 'string', 'minLength': 3, 'maxLength': 120}, 'audience': {'description': 'Audience keys from guidelines/audiences.yml.', 'type': 'array', 'minItems': 1, 'uniqueItems': True, 'items': {'type': 'string', 'pattern': '^[a-z0-9]+(-[a-z0-9]+)*$(?!\\n)', 'x-hint': 'a lower-case key with hyphens, like security-teams'}}, 'topics': {'description': 'Topic keys from guidelines/topics.yml.', 'type': 'array', 'minItems': 1, 'uniqueItems': True, 'items': {'type': 'string', 'pattern': '^[a-z0-9]+(-[a-z0-9]+)*$(?!\\n)', 'x-hint': 'a lower-case key with hyphens, like security-teams'}}, 'references': {'description': 'Cited sources: a key of guidelines/sources.yml and an optional locator.', 'type': 'array', 'items': {'type': 'object', 'additionalProperties': False, 'required': ['source'], 'properties': {'source': {'$ref': '#/$defs/key'}, 'at': {'type': 'string', 'minLength': 1, 'maxLength': 80}}}}, 'related': {'description': 'Ids of other guidelines.', 'type': 'array', 'uniqueItems': True, 'items': {'type': 'string', 'pattern': '^[A-Z][A-Z0-9]*(-[A-Z0-9]+)+$(?!\\n)', 'x-hint': 'a guideline id like HSG-RANS-001'}}, 'supersedes': {'type': 'string', 'pattern': '^[A-Z][A-Z0-9]*(-[A-Z0-9]+)+$(?!\\n)', 'x-hint': 'a guideline id like HSG-RANS-001'}, 'superseded_by': {'type': 'string', 'pattern': '^[A-Z][A-Z0-9]*(-[A-Z0-9]+)+$(?!\\n)', 'x-hint': 'a guideline id like HSG-RANS-001'}, 'withdrawal_reason': {'description': 'Why a deprecated or withdrawn guideline has no successor.', 'type': 'string', 'minLength': 10, 'maxLength': 500}, 'practices': {'description': 'The good practices: each one actionable statement a reader can tick off.', 'type': 'array', 'items': {'type': 'object', 'additionalProperties': False, 'required': ['id', 'text', 'level'], 'properties': {'id': {'type': 'string', 'pattern': '^GP-[0-9]{2,3}$(?!\\n)', 'x-hint': 'GP- and two digits, like GP-01'}, 'text': {'type': 'string', 'minLength': 10, 'maxLength': 400}, 'level': {'enum': ['essential', 'advanced']}, 'references': {'$ref': '#/$defs/references'}}}}}, 'allOf': [{'if': {'properties': {'status': {'not': {'const': 'draft'}}}}, 'then': {'required': ['published', 'updated', 'review_by']}}], '$defs': {'date': {'type': 'string', 'pattern': '^[0-9]{4}-[0-9]{2}-[0-9]{2}$(?!\\n)', 'x-hint': 'an ISO date YYYY-MM-DD, like 2026-03-02'}, 'key': {'type': 'string', 'pattern': '^[a-z0-9]+(-[a-z0-9]+)*$(?!\\n)', 'x-hint': 'a lower-case key with hyphens, like security-teams'}, 'id': {'type': 'string', 'pattern': '^[A-Z][A-Z0-9]*(-[A-Z0-9]+)+$(?!\\n)', 'x-hint': 'a guideline id like HSG-RANS-001'}, 'references': {'description': 'Cited sources: a key of guidelines/sources.yml and an optional locator.', 'type': 'array', 'items': {'type': 'object', 'additionalProperties': False, 'required': ['source'], 'properties': {'source': {'type': 'string', 'pattern': '^[a-z0-9]+(-[a-z0-9]+)*$(?!\\n)', 'x-hint': 'a lower-case key with hyphens, like security-teams'}, 'at': {'type': 'string', 'minLength': 1, 'maxLength': 80}}}}, 'practice': {'type': 'object', 'additionalProperties': False, 'required': ['id', 'text', 'level'], 'properties': {'id': {'type': 'string', 'pattern': '^GP-[0-9]{2,3}$(?!\\n)', 'x-hint': 'GP- and two digits, like GP-01'}, 'text': {'type': 'string', 'minLength': 10, 'maxLength': 400}, 'level': {'enum': ['essential', 'advanced']}, 'references': {'description': 'Cited sources: a key of guidelines/sources.yml and an optional locator.', 'type': 'array', 'items': {'type': 'object', 'additionalProperties': False, 'required': ['source'], 'properties': {'source': {'$ref': '#/$defs/key'}, 'at': {'type': 'string', 'minLength': 1, 'maxLength': 80}}}}}}}}, rule='additionalProperties')
    return data

def validate____defs_practice(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (dict)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be object", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'additionalProperties': False, 'required': ['id', 'text', 'level'], 'properties': {'id': {'type': 'string', 'pattern': '^GP-[0-9]{2,3}$(?!\\n)', 'x-hint': 'GP- and two digits, like GP-01'}, 'text': {'type': 'string', 'minLength': 10, 'maxLength': 400}, 'level': {'enum': ['essential', 'advanced']}, 'references': {'description': 'Cited sources: a key of guidelines/sources.yml and an optional locator.', 'type': 'array', 'items': {'type': 'object', 'additionalProperties': False, 'required': ['source'], 'properties': {'source': {'$ref': '#/$defs/key'}, 'at': {'type': 'string', 'minLength': 1, 'maxLength': 80}}}}}}, rule='type')
    data_is_dict = isinstance(data, dict)
    if data_is_dict:
        data__missing_keys = set(['id', 'text', 'level']) - data.keys()
        if data__missing_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must contain " + (str(sorted(data__missing_keys)) + " properties"), value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'additionalProperties': False, 'required': ['id', 'text', 'level'], 'properties': {'id': {'type': 'string', 'pattern': '^GP-[0-9]{2,3}$(?!\\n)', 'x-hint': 'GP- and two digits, like GP-01'}, 'text': {'type': 'string', 'minLength': 10, 'maxLength': 400}, 'level': {'enum': ['essential', 'advanced']}, 'references': {'description': 'Cited sources: a key of guidelines/sources.yml and an optional locator.', 'type': 'array', 'items': {'type': 'object', 'additionalProperties': False, 'required': ['source'], 'properties': {'source': {'$ref': '#/$defs/key'}, 'at': {'type': 'string', 'minLength': 1, 'maxLength': 80}}}}}}, rule='required')
        data_keys = set(data.keys())
        if "id" in data_keys:
            data_keys.remove("id")
            data__id = data["id"]
            if not isinstance(data__id, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".id must be string", value=data__id, name="" + (name_prefix or "data") + ".id", definition={'type': 'string', 'pattern': '^GP-[0-9]{2,3}$(?!\\n)', 'x-hint': 'GP- and two digits, like GP-01'}, rule='type')
            if isinstance(data__id, str):
                if not REGEX_PATTERNS['^GP-[0-9]{2,3}$(?!\\n)'].search(data__id):
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".id must match pattern ^GP-[0-9]{2,3}$(?!\\n)", value=data__id, name="" + (name_prefix or "data") + ".id", definition={'type': 'string', 'pattern': '^GP-[0-9]{2,3}$(?!\\n)', 'x-hint': 'GP- and two digits, like GP-01'}, rule='pattern')
        if "text" in data_keys:
            data_keys.remove("text")
            data__text = data["text"]
            if not isinstance(data__text, (str)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".text must be string", value=data__text, name="" + (name_prefix or "data") + ".text", definition={'type': 'string', 'minLength': 10, 'maxLength': 400}, rule='type')
            if isinstance(data__text, str):
                data__text_len = len(data__text)
                if data__text_len < 10:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".text must be longer than or equal to 10 characters", value=data__text, name="" + (name_prefix or "data") + ".text", definition={'type': 'string', 'minLength': 10, 'maxLength': 400}, rule='minLength')
                if data__text_len > 400:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + ".text must be shorter than or equal to 400 characters", value=data__text, name="" + (name_prefix or "data") + ".text", definition={'type': 'string', 'minLength': 10, 'maxLength': 400}, rule='maxLength')
        if "level" in data_keys:
            data_keys.remove("level")
            data__level = data["level"]
            if not (isinstance(data__level, str) and data__level == 'essential' or isinstance(data__level, str) and data__level == 'advanced'):
                raise JsonSchemaValueException("" + (name_prefix or "data") + ".level must be one of ['essential', 'advanced']", value=data__level, name="" + (name_prefix or "data") + ".level", definition={'enum': ['essential', 'advanced']}, rule='enum')
        if "references" in data_keys:
            data_keys.remove("references")
            data__references = data["references"]
            validate____defs_references(data__references, custom_formats, (name_prefix or "data") + ".references")
        if data_keys:
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must not contain "+str(data_keys)+" properties", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'object', 'additionalProperties': False, 'required': ['id', 'text', 'level'], 'properties': {'id': {'type': 'string', 'pattern': '^GP-[0-9]{2,3}$(?!\\n)', 'x-hint': 'GP- and two digits, like GP-01'}, 'text': {'type': 'string', 'minLength': 10, 'maxLength': 400}, 'level': {'enum': ['essential', 'advanced']}, 'references': {'description': 'Cited sources: a key of guidelines/sources.yml and an optional locator.', 'type': 'array', 'items': {'type': 'object', 'additionalProperties': False, 'required': ['source'], 'properties': {'source': {'$ref': '#/$defs/key'}, 'at': {'type': 'string', 'minLength': 1, 'maxLength': 80}}}}}}, rule='additionalProperties')
    return data

def validate____defs_id(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (str)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be string", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'string', 'pattern': '^[A-Z][A-Z0-9]*(-[A-Z0-9]+)+$(?!\\n)', 'x-hint': 'a guideline id like HSG-RANS-001'}, rule='type')
    if isinstance(data, str):
        if not REGEX_PATTERNS['^[A-Z][A-Z0-9]*(-[A-Z0-9]+)+$(?!\\n)'].search(data):
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must match pattern ^[A-Z][A-Z0-9]*(-[A-Z0-9]+)+$(?!\\n)", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'string', 'pattern': '^[A-Z][A-Z0-9]*(-[A-Z0-9]+)+$(?!\\n)', 'x-hint': 'a guideline id like HSG-RANS-001'}, rule='pattern')
    return data

def validate____defs_references(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (list, tuple)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be array", value=data, name="" + (name_prefix or "data") + "", definition={'description': 'Cited sources: a key of guidelines/sources.yml and an optional locator.', 'type': 'array', 'items': {'type': 'object', 'additionalProperties': False, 'required': ['source'], 'properties': {'source': {'type': 'string', 'pattern': '^[a-z0-9]+(-[a-z0-9]+)*$(?!\\n)', 'x-hint': 'a lower-case key with hyphens, like security-teams'}, 'at': {'type': 'string', 'minLength': 1, 'maxLength': 80}}}}, rule='type')
    data_is_list = isinstance(data, (list, tuple))
    if data_is_list:
        data_len = len(data)
        for data_x, data_item in enumerate(data):
            if not isinstance(data_item, (dict)):
                raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}]".format(**locals()) + " must be object", value=data_item, name="" + (name_prefix or "data") + "[{data_x}]".format(**locals()) + "", definition={'type': 'object', 'additionalProperties': False, 'required': ['source'], 'properties': {'source': {'type': 'string', 'pattern': '^[a-z0-9]+(-[a-z0-9]+)*$(?!\\n)', 'x-hint': 'a lower-case key with hyphens, like security-teams'}, 'at': {'type': 'string', 'minLength': 1, 'maxLength': 80}}}, rule='type')
            data_item_is_dict = isinstance(data_item, dict)
            if data_item_is_dict:
                data_item__missing_keys = set(['source']) - data_item.keys()
                if data_item__missing_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}]".format(**locals()) + " must contain " + (str(sorted(data_item__missing_keys)) + " properties"), value=data_item, name="" + (name_prefix or "data") + "[{data_x}]".format(**locals()) + "", definition={'type': 'object', 'additionalProperties': False, 'required': ['source'], 'properties': {'source': {'type': 'string', 'pattern': '^[a-z0-9]+(-[a-z0-9]+)*$(?!\\n)', 'x-hint': 'a lower-case key with hyphens, like security-teams'}, 'at': {'type': 'string', 'minLength': 1, 'maxLength': 80}}}, rule='required')
                data_item_keys = set(data_item.keys())
                if "source" in data_item_keys:
                    data_item_keys.remove("source")
                    data_item__source = data_item["source"]
                    validate____defs_key(data_item__source, custom_formats, (name_prefix or "data") + "[{data_x}].source".format(**locals()))
                if "at" in data_item_keys:
                    data_item_keys.remove("at")
                    data_item__at = data_item["at"]
                    if not isinstance(data_item__at, (str)):
                        raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].at".format(**locals()) + " must be string", value=data_item__at, name="" + (name_prefix or "data") + "[{data_x}].at".format(**locals()) + "", definition={'type': 'string', 'minLength': 1, 'maxLength': 80}, rule='type')
                    if isinstance(data_item__at, str):
                        data_item__at_len = len(data_item__at)
                        if data_item__at_len < 1:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].at".format(**locals()) + " must be longer than or equal to 1 characters", value=data_item__at, name="" + (name_prefix or "data") + "[{data_x}].at".format(**locals()) + "", definition={'type': 'string', 'minLength': 1, 'maxLength': 80}, rule='minLength')
                        if data_item__at_len > 80:
                            raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}].at".format(**locals()) + " must be shorter than or equal to 80 characters", value=data_item__at, name="" + (name_prefix or "data") + "[{data_x}].at".format(**locals()) + "", definition={'type': 'string', 'minLength': 1, 'maxLength': 80}, rule='maxLength')
                if data_item_keys:
                    raise JsonSchemaValueException("" + (name_prefix or "data") + "[{data_x}]".format(**locals()) + " must not contain "+str(data_item_keys)+" properties", value=data_item, name="" + (name_prefix or "data") + "[{data_x}]".format(**locals()) + "", definition={'type': 'object', 'additionalProperties': False, 'required': ['source'], 'properties': {'source': {'type': 'string', 'pattern': '^[a-z0-9]+(-[a-z0-9]+)*$(?!\\n)', 'x-hint': 'a lower-case key with hyphens, like security-teams'}, 'at': {'type': 'string', 'minLength': 1, 'maxLength': 80}}}, rule='additionalProperties')
    return data

def validate____defs_key(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (str)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be string", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'string', 'pattern': '^[a-z0-9]+(-[a-z0-9]+)*$(?!\\n)', 'x-hint': 'a lower-case key with hyphens, like security-teams'}, rule='type')
    if isinstance(data, str):
        if not REGEX_PATTERNS['^[a-z0-9]+(-[a-z0-9]+)*$(?!\\n)'].search(data):
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must match pattern ^[a-z0-9]+(-[a-z0-9]+)*$(?!\\n)", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'string', 'pattern': '^[a-z0-9]+(-[a-z0-9]+)*$(?!\\n)', 'x-hint': 'a lower-case key with hyphens, like security-teams'}, rule='pattern')
    return data

def validate____defs_date(data, custom_formats={}, name_prefix=None):
    if not isinstance(data, (str)):
        raise JsonSchemaValueException("" + (name_prefix or "data") + " must be string", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'string', 'pattern': '^[0-9]{4}-[0-9]{2}-[0-9]{2}$(?!\\n)', 'x-hint': 'an ISO date YYYY-MM-DD, like 2026-03-02'}, rule='type')
    if isinstance(data, str):
        if not REGEX_PATTERNS['^[0-9]{4}-[0-9]{2}-[0-9]{2}$(?!\\n)'].search(data):
            raise JsonSchemaValueException("" + (name_prefix or "data") + " must match pattern ^[0-9]{4}-[0-9]{2}-[0-9]{2}$(?!\\n)", value=data, name="" + (name_prefix or "data") + "", definition={'type': 'string', 'pattern': '^[0-9]{4}-[0-9]{2}-[0-9]{2}$(?!\\n)', 'x-hint': 'an ISO date YYYY-MM-DD, like 2026-03-02'}, rule='pattern')
    return data